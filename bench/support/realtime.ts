import Pusher, { type Channel } from "pusher-js";

// A pusher-js client in Node, as a browser tab would be: connected to Soketi, each private or
// presence subscription signed by the app's /api/realtime/auth with the user's session cookie.

export type ClientOptions = { key: string; soketiPort: number; appUrl: string; cookie: string };

export function realtimeClient({ key, soketiPort, appUrl, cookie }: ClientOptions) {
  const endpoint = `${appUrl}/api/realtime/auth`;
  const client = new Pusher(key, {
    cluster: "mt1",
    wsHost: "127.0.0.1",
    wsPort: soketiPort,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
    channelAuthorization: {
      endpoint,
      transport: "ajax",
      customHandler: ({ socketId, channelName }, callback) => {
        fetch(endpoint, { method: "POST", headers: { cookie }, body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }) })
          .then(async (response) => {
            if (response.ok) callback(null, await response.json());
            else callback(new Error(`auth refused (${response.status}): ${await response.text()}`), null);
          })
          .catch((error) => callback(error, null));
      },
    },
  });

  /** Subscribes and resolves once subscribed (or rejects when refused or after timeoutMs). */
  function subscribe(name: string, timeoutMs = 60_000): Promise<Channel> {
    const channel = client.subscribe(name);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`subscribing to ${name} took over ${timeoutMs} ms`)), timeoutMs);
      channel.bind("pusher:subscription_succeeded", () => {
        clearTimeout(timer);
        resolve(channel);
      });
      channel.bind("pusher:subscription_error", (error: { error?: string }) => {
        clearTimeout(timer);
        reject(new Error(`subscription to ${name} refused: ${error.error}`));
      });
    });
  }

  return { client, subscribe, disconnect: () => client.disconnect() };
}

export type RealtimeClient = ReturnType<typeof realtimeClient>;
