import { vi } from "vitest";
import type { Channel } from "pusher-js";
import { GET as getMessages } from "@/app/api/conversations/[conversationId]/messages/route";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import type { MessagesPage } from "@/lib/messages/page";
import { ConversationSync, type SyncOptions } from "@/lib/messages/client/sync";
import { retryFailedSubscriptions } from "@/components/realtime/subscription-retry";
import { eventSchema, type ChannelKind, type EventName } from "@/lib/realtime/catalogue";
import { realtimeClient } from "./realtime";

type Session = { user: { id: string }; run: <T>(fn: () => T) => T };

/** GET /api/conversations/[id]/messages through the real route handler, as `session`. */
export async function fetchMessages(session: Pick<Session, "run">, conversationId: string, query: Record<string, string | number | undefined> = {}) {
  const url = new URL(`http://test/api/conversations/${conversationId}/messages`);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
  const response = await session.run(() => getMessages(new Request(url), { params: Promise.resolve({ conversationId }) }));
  return { status: response.status, body: (await response.json()) as MessagesPage & { error?: { code: string; message: string } } };
}

/**
 * A chat client as the browser runs it: the same ConversationSync, fed by a pusher-js connection
 * whose subscriptions go through the real auth route, fetching through the real route handler
 * and sending through the real server action. Every (re)subscription triggers a catch-up.
 */
export function chatClient(session: Session, conversationId: string, options: SyncOptions & { receipts?: boolean; port?: number } = {}) {
  const realtime = realtimeClient(session, { port: options.port });
  const sync = new ConversationSync(
    conversationId,
    session.user.id,
    {
      async fetchPage(query) {
        const { status, body } = await fetchMessages(session, conversationId, query);
        if (status !== 200) throw new Error(`fetch failed (${status}): ${body.error?.message}`);
        return body;
      },
      send: (input) => session.run(() => sendMessageAction(input)),
      ...(options.receipts ? { markReceipts: (input) => session.run(() => markReceiptsAction(input)) } : {}),
    },
    options,
  );
  const subscriptions = { count: 0 };

  function bind<K extends ChannelKind>(channel: Channel, kind: K, handlers: Record<string, (payload: never) => void>) {
    for (const [event, handler] of Object.entries(handlers)) {
      channel.bind(event, (data: unknown) => handler(eventSchema(kind, event as EventName<K>).parse(data) as never));
    }
  }

  async function start() {
    void sync.load();
    const conversation = realtime.client.subscribe(`private-conversation-${conversationId}`);
    bind(conversation, "conversation", sync.conversationHandlers);
    const own = realtime.client.subscribe(`private-user-${session.user.id}`);
    bind(own, "user", sync.userHandlers);
    for (const channel of [conversation, own]) retryFailedSubscriptions(realtime.client, channel);
    // Started only once the subscription's own catch-up has landed: one still in flight could
    // otherwise bring a change the test makes next, as if it had come live.
    const subscribed = new Promise<void>((resolve) =>
      conversation.bind("pusher:subscription_succeeded", () => {
        subscriptions.count++;
        void sync.catchUp().finally(resolve);
      }),
    );
    await Promise.all([subscribed, sync.load()]);
    return conversation;
  }

  return {
    sync,
    realtime,
    subscriptions,
    start,
    bodies: () => sync.state.messages.map((m) => m.body),
    stop() {
      sync.dispose();
      realtime.disconnect();
    },
  };
}

/** vi.waitFor with room for a busy 2-core machine. */
export function eventually<T>(assertion: () => T | Promise<T>, timeout = 10_000) {
  return vi.waitFor(assertion, { timeout, interval: 20 });
}
