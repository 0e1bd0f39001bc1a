import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { newClientId } from "@/lib/messages/client/sync";
import { apiClient } from "../support/api";
import { actor, createThread, fillConversation, type Actor } from "../support/factories";
import { chatClient, eventually, fetchMessages } from "../support/messaging";

// Replies through the real actions, API, database and Soketi: the quote, who may quote what, and
// quotes kept in step (live and after a gap) when the original is edited or deleted.

const clients: ReturnType<typeof chatClient>[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.stop()));

const reply = (who: Actor, conversationId: string, body: string, replyToId?: string) =>
  who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body, replyToId }));
async function send(who: Actor, conversationId: string, body: string, replyToId?: string) {
  const result = await reply(who, conversationId, body, replyToId);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe("replies", () => {
  it("quote the original's author and the start of its text, live and in history", async () => {
    const alice = await actor({ fullName: "Alice Quoted" });
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const long = `The first line\n\n${"word ".repeat(60)}`;
    const original = await send(alice, thread.conversationId, long);
    const watcher = chatClient(alice, thread.conversationId);
    clients.push(watcher);
    await watcher.start();

    const answer = await send(bob, thread.conversationId, "Agreed", original.id);
    expect(answer.replyTo).toMatchObject({ id: original.id, seq: original.seq, author: { id: alice.user.id, fullName: "Alice Quoted" }, deleted: false });
    expect(answer.replyTo!.excerpt.startsWith("The first line word word")).toBe(true);
    expect(Array.from(answer.replyTo!.excerpt)).toHaveLength(100);
    expect(answer.replyTo!.excerpt.endsWith("…")).toBe(true);
    await eventually(() => expect(watcher.sync.state.messages.at(-1)?.replyTo?.id).toBe(original.id));

    const { body: page } = await fetchMessages(alice, thread.conversationId);
    expect(page.messages.map((m) => m.replyTo?.id ?? null)).toEqual([null, original.id]);
    expect((await db.message.findUniqueOrThrow({ where: { id: answer.id } })).replyToId).toBe(original.id);
  });

  it("refuse a message of another conversation (as not found) and a deleted one", async () => {
    const alice = await actor();
    const bob = await actor();
    const carol = await actor();
    const ours = await createThread([alice.user, bob.user]);
    const theirs = await createThread([bob.user, carol.user]);
    const elsewhere = await send(carol, theirs.conversationId, "private to Bob and Carol");
    expect(await reply(alice, ours.conversationId, "peek", elsewhere.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await reply(alice, ours.conversationId, "peek", "nosuchmessage")).toMatchObject({ ok: false, error: { code: "not_found" } });
    const gone = await send(bob, ours.conversationId, "soon deleted");
    expect((await bob.run(() => deleteMessageAction({ messageId: gone.id }))).ok).toBe(true);
    expect(await reply(alice, ours.conversationId, "too late", gone.id)).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await db.message.count({ where: { conversationId: ours.conversationId } })).toBe(1);

    // The API takes replyToId the same way.
    const api = apiClient();
    const asAlice = await api.signIn(alice.user);
    const original = await send(bob, ours.conversationId, "ask me through the API");
    const viaApi = await asAlice.post(`/conversations/${ours.conversationId}/messages`, { body: { clientId: newClientId(), body: "answered", replyToId: original.id } });
    expect(viaApi).toMatchObject({ status: 201, body: { replyTo: { id: original.id, excerpt: "ask me through the API" } } });
    expect((await asAlice.post(`/conversations/${ours.conversationId}/messages`, { body: { clientId: newClientId(), body: "x", replyToId: elsewhere.id } })).status).toBe(404);
  });

  it("say the original was deleted, live, after a gap, and when read later", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const first = await send(alice, thread.conversationId, "to be deleted live");
    const second = await send(alice, thread.conversationId, "to be edited, then deleted during an outage");
    await send(bob, thread.conversationId, "reply one", first.id);
    await send(bob, thread.conversationId, "reply two", second.id);
    const watcher = chatClient(bob, thread.conversationId);
    clients.push(watcher);
    await watcher.start();
    const quoteOf = (body: string) => watcher.sync.state.messages.find((m) => m.body === body)?.replyTo;

    expect((await alice.run(() => deleteMessageAction({ messageId: first.id }))).ok).toBe(true);
    await eventually(() => expect(quoteOf("reply one")).toMatchObject({ deleted: true, excerpt: "" }));
    expect((await alice.run(() => editMessageAction({ messageId: second.id, body: "edited original" }))).ok).toBe(true);
    await eventually(() => expect(quoteOf("reply two")).toMatchObject({ deleted: false, excerpt: "edited original" }));

    const before = watcher.subscriptions.count;
    watcher.realtime.client.disconnect();
    expect((await alice.run(() => deleteMessageAction({ messageId: second.id }))).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(quoteOf("reply two")?.deleted).toBe(false);
    watcher.realtime.client.connect();
    await eventually(() => expect(watcher.subscriptions.count).toBeGreaterThan(before), 15_000);
    await eventually(() => expect(quoteOf("reply two")).toMatchObject({ deleted: true, excerpt: "" }));

    const { body: page } = await fetchMessages(bob, thread.conversationId);
    expect(page.messages.filter((m) => m.replyTo).map((m) => m.replyTo!.deleted)).toEqual([true, true]);
  });

  it("quote a message 100,000 back; its page opens around it", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    await fillConversation(thread.conversationId, alice.user.id, 100_000);
    const old = await db.message.findFirstOrThrow({ where: { conversationId: thread.conversationId, seq: 7 } });
    const answer = await send(bob, thread.conversationId, "about that", old.id);
    expect(answer.replyTo).toMatchObject({ id: old.id, seq: 7, excerpt: "message 7" });
    const { body: around } = await fetchMessages(bob, thread.conversationId, { around: answer.replyTo!.seq });
    expect(around.messages.some((m) => m.id === old.id)).toBe(true);
  }, 60_000);
});
