import Pusher, { type Channel } from "pusher-js";
import { POST as authorize } from "@/app/api/realtime/auth/route";
import { channelName, type ChannelKind } from "@/lib/realtime/catalogue";

// A pusher-js client in Node, connected to the test Soketi like a browser would be. Its
// subscriptions are signed by our real auth route handler, called as `session` (or, for API
// clients, by the bearer-token twin).

type Session = { run: <T>(fn: () => T) => T };

/** `port`: where to reach Soketi, when not at PUSHER_PORT (e.g. through a tests/support/tcp-proxy). */
export function realtimeClient(session: Session, options: { port?: number } = {}) {
  return pusherClient((request) => session.run(() => authorize(request)), "/api/realtime/auth", options);
}

/** The same, for an API client: subscriptions signed by /api/v1/realtime/auth with a bearer token. */
export function apiRealtimeClient(accessToken: string, fetcher: (request: Request) => Promise<Response>) {
  return pusherClient((request) => {
    request.headers.set("Authorization", `Bearer ${accessToken}`);
    return fetcher(request);
  }, "/api/v1/realtime/auth");
}

function pusherClient(send: (request: Request) => Promise<Response>, endpoint: string, options: { port?: number } = {}) {
  const client = new Pusher(process.env.PUSHER_KEY!, {
    cluster: "mt1",
    wsHost: "127.0.0.1",
    wsPort: options.port ?? Number(process.env.PUSHER_PORT),
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
    channelAuthorization: {
      endpoint,
      transport: "ajax",
      customHandler: ({ socketId, channelName: name }, callback) => {
        const body = new URLSearchParams({ socket_id: socketId, channel_name: name });
        send(new Request(`http://test.local${endpoint}`, { method: "POST", body }))
          .then(async (response) => {
            if (response.ok) callback(null, await response.json());
            else callback(Object.assign(new Error(`auth refused (${response.status})`), { status: response.status }), null);
          })
          .catch((error) => callback(error, null));
      },
    },
  });

  /** Subscribes and resolves once subscribed; rejects with the HTTP status if refused. */
  function subscribe(kind: ChannelKind, id: string): Promise<Channel> {
    const channel = client.subscribe(channelName(kind, id));
    return new Promise((resolve, reject) => {
      channel.bind("pusher:subscription_succeeded", () => resolve(channel));
      // pusher-js keeps only the message of a custom handler's error: the status travels in it.
      channel.bind("pusher:subscription_error", (error: { error?: string }) => {
        const status = Number(/\((\d{3})\)/.exec(error.error ?? "")?.[1]);
        reject(Object.assign(new Error(`subscription refused: ${error.error}`), { status }));
      });
    });
  }

  /** Resolves with the payload of the next `event` on `channel`. */
  function next<T = unknown>(channel: Channel, event: string, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} on ${channel.name} within ${timeoutMs} ms`)), timeoutMs);
      channel.bind(event, function handler(data: T) {
        clearTimeout(timer);
        channel.unbind(event, handler);
        resolve(data);
      });
    });
  }

  return { client, subscribe, next, disconnect: () => client.disconnect() };
}
