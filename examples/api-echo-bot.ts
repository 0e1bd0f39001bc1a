// A chat client that uses only the public JSON API and pusher-js: no cookies, no code from this
// app. It signs in, opens a direct thread with one person, and answers each of their messages.
//
//   npx tsx examples/api-echo-bot.ts --url http://localhost:3000 \
//     --email bob@chatsphere.test --password chatsphere-demo --with alice
//
// What it shows: tokens (sign in, refresh when the access token expires, revoke on exit),
// idempotent sends (a client id per message), receipts, realtime subscriptions signed with the
// bearer token, and catching up from the API after any gap, so that no message is missed.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import Pusher from "pusher-js";

type TokenPair = { access: string; refresh: string };
type Message = { id: string; seq: number; body: string; author: { id: string; fullName: string } | null };

class ChatsphereApi {
  private tokens: TokenPair | null = null;

  constructor(private readonly baseUrl: string) {}

  async signIn(email: string, password: string) {
    this.tokens = await this.send("POST", "/auth/token", { email, password });
  }

  async signOut() {
    if (this.tokens) await this.send("POST", "/auth/revoke", { refresh: this.tokens.refresh });
    this.tokens = null;
  }

  get accessToken() {
    return this.tokens?.access ?? "";
  }

  /** Calls an endpoint as the signed-in user; an expired access token is refreshed once and the call retried. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      return await this.send<T>(method, path, body, this.accessToken);
    } catch (error) {
      if ((error as ApiError).status !== 401 || !this.tokens) throw error;
      this.tokens = await this.send<TokenPair>("POST", "/auth/refresh", { refresh: this.tokens.refresh });
      return this.send<T>(method, path, body, this.accessToken);
    }
  }

  private async send<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status === 204) return undefined as T;
    const json = await response.json();
    if (!response.ok) throw new ApiError(response.status, json.error?.message ?? response.statusText);
    return json as T;
  }
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`${status}: ${message}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: { url: { type: "string" }, email: { type: "string" }, password: { type: "string" }, with: { type: "string" } },
  });
  const { url, email, password, with: username } = values;
  if (!url || !email || !password || !username) {
    throw new Error("usage: tsx examples/api-echo-bot.ts --url <app url> --email <bot email> --password <password> --with <username>");
  }

  const api = new ChatsphereApi(url);
  await api.signIn(email, password);
  const me = await api.call<{ id: string; fullName: string }>("GET", "/me");
  const people = await api.call<{ items: { id: string; username: string; fullName: string }[] }>("GET", `/users?q=${encodeURIComponent(username)}`);
  const peer = people.items.find((person) => person.username === username.toLowerCase());
  if (!peer) throw new Error(`nobody called @${username} to talk to`);
  const thread = await api.call<{ id: string; conversationId: string }>("POST", "/threads", { userIds: [peer.id] });
  const conversationId = thread.conversationId;

  // Messages are numbered per conversation (seq). Remember the last one handled; after any gap
  // (a reconnect, a skipped number, an event too big to carry the text) ask the API for the rest.
  let lastSeq = (await api.call<{ syncedTo: number }>("GET", `/conversations/${conversationId}/messages?limit=1`)).syncedTo;

  async function handle(message: Message) {
    if (message.seq <= lastSeq) return;
    lastSeq = message.seq;
    if (message.author?.id === me.id || !message.body) return;
    await api.call("POST", `/conversations/${conversationId}/receipts`, { deliveredSeq: message.seq, readSeq: message.seq });
    await say(`You said: ${message.body}`);
  }

  async function catchUp() {
    for (;;) {
      const page = await api.call<{ messages: Message[]; hasNewer: boolean }>("GET", `/conversations/${conversationId}/messages?after=${lastSeq}`);
      for (const message of page.messages) await handle(message);
      if (!page.hasNewer) return;
    }
  }

  const say = (body: string) => api.call<Message>("POST", `/conversations/${conversationId}/messages`, { clientId: randomUUID(), body });

  const config = await api.call<{ key: string; cluster: string; wsHost?: string; wsPort?: number; forceTLS: boolean }>("GET", "/realtime/config");
  const pusher = new Pusher(config.key, {
    cluster: config.cluster,
    ...(config.wsHost ? { wsHost: config.wsHost, wsPort: config.wsPort, wssPort: config.wsPort } : {}),
    forceTLS: config.forceTLS,
    enabledTransports: ["ws", "wss"],
    disableStats: true,
    channelAuthorization: {
      // pusher-js asks before joining a private channel; the API signs it for the bearer token.
      customHandler: ({ socketId, channelName }, callback) => {
        api
          .call<{ auth: string }>("POST", "/realtime/auth", { socket_id: socketId, channel_name: channelName })
          .then((auth) => callback(null, auth), (error) => callback(error, null));
      },
    },
  });
  const channel = pusher.subscribe(`private-conversation-${conversationId}`);
  channel.bind("pusher:subscription_succeeded", () => void catchUp().catch(report));
  channel.bind("message.created", ({ message, truncated }: { message: Message; truncated?: boolean }) => {
    void (truncated || message.seq > lastSeq + 1 ? catchUp() : handle(message)).catch(report);
  });

  await say(`Hi ${peer.fullName}! I'm ${me.fullName}'s bot: say something and I'll answer.`);
  console.log(`ready: talking with @${peer.username} in thread ${thread.id}`);

  const stop = async () => {
    pusher.disconnect();
    await api.signOut();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function report(error: unknown) {
  console.error("error:", error instanceof Error ? error.message : error);
}

main().catch((error) => {
  report(error);
  process.exit(1);
});
