import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { messageVersionsAction } from "@/lib/actions/messages/message-versions";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { newClientId } from "@/lib/messages/client/sync";
import { applyNewestPage, changedAfterRead, createTimeline } from "@/lib/messages/client/timeline";
import { apiClient } from "../support/api";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { chatClient, eventually, fetchMessages } from "../support/messaging";

// Editing messages through the real actions, API, database and Soketi: who may, the history kept,
// the live event, catch-up after a gap, and "edited after you read it".

const clients: ReturnType<typeof chatClient>[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.stop()));

async function send(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const edit = (who: Actor, messageId: string, body: string) => who.run(() => editMessageAction({ messageId, body }));
const versions = async (who: Actor, messageId: string) => {
  const result = await who.run(() => messageVersionsAction({ messageId }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data.map((v) => v.body);
};

describe("editing", () => {
  it("lets the author edit, keeps every earlier version, and tells the others live", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId, "first try");
    const watcher = chatClient(bob, thread.conversationId);
    clients.push(watcher);
    await watcher.start();

    const first = await edit(alice, message.id, "  second try  ");
    expect(first).toMatchObject({ ok: true, data: { id: message.id, body: "second try", seq: message.seq } });
    expect(first.ok && first.data.editedAt).toBeTruthy();
    await eventually(() => expect(watcher.bodies()).toEqual(["second try"]));
    expect(watcher.sync.state.messages[0]!.editedAt).not.toBeNull();

    // The same text again changes nothing; two edits at once keep both replaced texts.
    expect((await edit(alice, message.id, "second try")).ok).toBe(true);
    const [a, b] = await Promise.all([edit(alice, message.id, "third A"), edit(alice, message.id, "third B")]);
    expect(a.ok && b.ok).toBe(true);
    const history = await versions(bob, message.id);
    expect(history.slice(0, 2)).toEqual(["first try", "second try"]);
    expect(history).toHaveLength(3);
    const final = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(history[2]).toBe(final.body === "third A" ? "third B" : "third A");
  });

  it("refuses someone else's message (a moderator's too), a deleted one, and an empty text", async () => {
    const owner = await actor();
    const moderator = await actor();
    const member = await actor();
    const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [member.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    const message = await send(member, conversationId, "mine");
    expect(await edit(moderator, message.id, "theirs now")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await edit(owner, message.id, "theirs now")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await edit(member, message.id, "   ")).toMatchObject({ ok: false, error: { code: "validation" } });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).body).toBe("mine");

    expect((await edit(member, message.id, "mine, edited")).ok).toBe(true);
    expect(await db.messageEdit.count({ where: { messageId: message.id } })).toBe(1);
    expect((await moderator.run(() => deleteMessageAction({ messageId: message.id }))).ok).toBe(true);
    expect(await edit(member, message.id, "back again")).toMatchObject({ ok: false, error: { code: "conflict" } });
    // Deleting erases the earlier versions along with the text.
    expect(await db.messageEdit.count({ where: { messageId: message.id } })).toBe(0);
    expect(await versions(owner, message.id)).toEqual([]);
  });

  it("works the same through the API", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId, "via the app");
    const api = apiClient();
    const asAlice = await api.signIn(alice.user);
    const asBob = await api.signIn(bob.user);
    expect((await asBob.patch(`/messages/${message.id}`, { body: { body: "not yours" } })).status).toBe(403);
    const edited = await asAlice.patch(`/messages/${message.id}`, { body: { body: "via the API" } });
    expect(edited).toMatchObject({ status: 200, body: { id: message.id, body: "via the API" } });
    expect((await asBob.get(`/messages/${message.id}/versions`)).body).toMatchObject({ versions: [{ body: "via the app" }] });
    const outsider = await api.signIn((await actor()).user);
    expect((await outsider.get(`/messages/${message.id}/versions`)).status).toBe(404);
  });
});

describe("catching up and reading", () => {
  it("brings an edit made while a client's connection was down", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId, "before the outage");
    const watcher = chatClient(bob, thread.conversationId);
    clients.push(watcher);
    await watcher.start();
    const before = watcher.subscriptions.count;

    watcher.realtime.client.disconnect();
    expect((await edit(alice, message.id, "during the outage")).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.bodies()).toEqual(["before the outage"]);
    watcher.realtime.client.connect();
    await eventually(() => expect(watcher.subscriptions.count).toBeGreaterThan(before), 15_000);
    await eventually(() => expect(watcher.bodies()).toEqual(["during the outage"]));
  });

  it("marks a message edited after the reader had read it, and not one edited before", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const early = await send(alice, thread.conversationId, "edited before Bob read it");
    expect((await edit(alice, early.id, "edited early")).ok).toBe(true);
    const late = await send(alice, thread.conversationId, "edited after Bob read it");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await bob.run(() => markReceiptsAction({ conversationId: thread.conversationId, deliveredSeq: 2, readSeq: 2 }))).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await edit(alice, late.id, "edited late")).ok).toBe(true);

    const { body: page } = await fetchMessages(bob, thread.conversationId);
    const timeline = applyNewestPage(createTimeline(thread.conversationId, bob.user.id), page);
    const [first, second] = timeline.messages;
    expect(changedAfterRead(timeline, first!)).toBe(false);
    expect(changedAfterRead(timeline, second!)).toBe(true);
    // Alice's own view never marks her own messages.
    const { body: own } = await fetchMessages(alice, thread.conversationId);
    const mine = applyNewestPage(createTimeline(thread.conversationId, alice.user.id), own);
    expect(mine.messages.some((m) => changedAfterRead(mine, m))).toBe(false);
  });
});
