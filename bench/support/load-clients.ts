import { monitorEventLoopDelay } from "node:perf_hooks";
import { channelName, type MessagePayload } from "@/lib/realtime/catalogue";
import { realtimeClient, type RealtimeClient } from "./realtime";
import { wallClock } from "./stats";

// A child process of the load benchmark holding a share of its pusher-js clients (one Node
// process can't hold thousands of them and keep up). Each client is a browser tab open on a
// channel page: subscribed to its user channel, the conversation and its presence channel. It
// reports every message.created it gets, with the latency read from the send time the sender
// wrote into the message body, and how late its own event loop runs (client-side overhead).

export type LoadClient = { index: number; userId: string; conversationId: string; cookie: string };

export type ToClients =
  | { type: "connect"; clients: LoadClient[]; key: string; soketiPort: number; appUrl: string; concurrency: number }
  | { type: "loop-delay" }
  | { type: "stop" };

/** A receipt: [client index, the message's clientId, latency in ms]. */
export type Receipt = [number, string, number];

export type FromClients =
  | { type: "connected"; count: number; failed: number; connectMs: number[]; errors: string[] }
  | { type: "receipts"; receipts: Receipt[] }
  | { type: "loop-delay"; p50: number; p99: number; max: number }
  | { type: "disconnects"; count: number };

/** What senders put in a message body: the wall-clock send time that receivers subtract. */
export const stampedBody = (clientId: string, sentAt: number) => `load test message ${clientId} sent at @${sentAt.toFixed(3)}`;
const sentAt = (body: string) => Number(body.slice(body.lastIndexOf("@") + 1));

if (process.send) {
  const send = (message: FromClients) => process.send!(message);
  const clients: RealtimeClient[] = [];
  let pending: Receipt[] = [];
  let disconnects = 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  setInterval(() => {
    if (pending.length === 0) return;
    send({ type: "receipts", receipts: pending });
    pending = [];
  }, 200);

  async function connect(spec: Extract<ToClients, { type: "connect" }>) {
    const connectMs: number[] = [];
    const errors: string[] = [];
    let next = 0;
    const one = async (c: LoadClient) => {
      const started = performance.now();
      const client = realtimeClient({ key: spec.key, soketiPort: spec.soketiPort, appUrl: spec.appUrl, cookie: c.cookie });
      clients.push(client);
      client.client.connection.bind("state_change", ({ current }: { current: string }) => {
        if (current === "unavailable" || current === "disconnected") disconnects++;
      });
      const onMessage = ({ message }: { message: MessagePayload }) => pending.push([c.index, message.clientId, wallClock() - sentAt(message.body)]);
      await Promise.all([
        client.subscribe(channelName("user", c.userId)),
        client.subscribe(channelName("conversation", c.conversationId)).then((channel) => channel.bind("message.created", onMessage)),
        client.subscribe(channelName("presence", c.conversationId)),
      ]);
      connectMs.push(performance.now() - started);
    };
    await Promise.all(
      Array.from({ length: spec.concurrency }, async () => {
        while (next < spec.clients.length) {
          const c = spec.clients[next++]!;
          await one(c).catch((error: Error) => errors.push(error.message));
        }
      }),
    );
    loop.reset();
    send({ type: "connected", count: connectMs.length, failed: errors.length, connectMs, errors: errors.slice(0, 5) });
  }

  process.on("message", (message: ToClients) => {
    if (message.type === "connect") void connect(message);
    if (message.type === "loop-delay") {
      send({ type: "loop-delay", p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 });
      send({ type: "disconnects", count: disconnects });
      loop.reset();
    }
    if (message.type === "stop") {
      for (const client of clients) client.disconnect();
      setTimeout(() => process.exit(0), 200);
    }
  });
  process.on("disconnect", () => process.exit(0)); // the benchmark ended (or died): don't linger
}
