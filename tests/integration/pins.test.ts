import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { listPinsAction } from "@/lib/actions/pins/list-pins";
import { setPinAction } from "@/lib/actions/pins/set-pin";
import { newClientId } from "@/lib/messages/client/sync";
import { MAX_PINS } from "@/lib/pins/pins";
import { apiClient } from "../support/api";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { chatClient, eventually, fetchMessages } from "../support/messaging";

// Pins through the real actions, API, database and Soketi: who may pin (a channel's staff, a
// thread's participants), the live event, the Pinned list, the 50-pin cap, deletion unpinning,
// and a client that was away learning of pins from its catch-up.

const clients: ReturnType<typeof chatClient>[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.stop()));

async function send(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const pin = (who: Actor, messageId: string, pinned = true) => who.run(() => setPinAction({ messageId, pinned }));
const pinsOf = async (who: Actor, conversationId: string) => {
  const result = await who.run(() => listPinsAction({ conversationId }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
};

async function watch(who: Actor, conversationId: string) {
  const client = chatClient(who, conversationId);
  clients.push(client);
  await client.start();
  return client;
}

describe("pins", () => {
  it("in a channel: a member is refused, a moderator and the owner pin, everyone hears it live", async () => {
    const owner = await actor();
    const moderator = await actor({ fullName: "Mo Derator" });
    const member = await actor();
    const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [member.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    const message = await send(member, conversationId, "pin me");
    const watcher = await watch(member, conversationId);

    expect(await pin(member, message.id)).toMatchObject({ ok: false, error: { code: "forbidden", message: expect.stringContaining("owner and moderators") } });
    expect(await db.pin.count({ where: { conversationId } })).toBe(0);
    const outsider = await actor();
    expect(await pin(outsider, message.id)).toMatchObject({ ok: false, error: { code: "forbidden" } });

    expect(await pin(moderator, message.id)).toEqual({ ok: true, data: { messageId: message.id, pinned: true } });
    await eventually(() => expect(watcher.sync.state.messages[0]!.pinned).toBe(true));
    expect(watcher.sync.state.pinsVersion).toBe(1);
    expect(await pinsOf(member, conversationId)).toMatchObject([{ message: { id: message.id, body: "pin me", pinned: true }, pinnedBy: { id: moderator.user.id, fullName: "Mo Derator" } }]);
    // Pages say it too; pinning again changes nothing and tells nobody.
    expect((await fetchMessages(member, conversationId)).body.messages[0]).toMatchObject({ id: message.id, pinned: true });
    expect(await pin(owner, message.id)).toMatchObject({ ok: true, data: { pinned: true } });

    expect(await pin(owner, message.id, false)).toMatchObject({ ok: true, data: { pinned: false } });
    await eventually(() => expect(watcher.sync.state.messages[0]!.pinned).toBeUndefined());
    expect(watcher.sync.state.pinsVersion).toBe(2);
    expect(await pinsOf(member, conversationId)).toEqual([]);
  });

  it("in a thread: any participant pins and unpins; strangers don't even see the message", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const first = await send(alice, thread.conversationId, "first");
    const second = await send(alice, thread.conversationId, "second");
    const watcher = await watch(alice, thread.conversationId);

    expect((await pin(bob, first.id)).ok).toBe(true);
    expect((await pin(bob, second.id)).ok).toBe(true);
    await eventually(() => expect(watcher.sync.state.messages.map((m) => m.pinned)).toEqual([true, true]));
    expect((await pinsOf(alice, thread.conversationId)).map((p) => p.message.body)).toEqual(["second", "first"]); // the latest pinned first
    expect(await pin(await actor(), first.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await pin(alice, first.id, false)).ok).toBe(true);
    expect((await pinsOf(bob, thread.conversationId)).map((p) => p.message.body)).toEqual(["second"]);
    // A message deleted for me leaves my list only.
    expect((await alice.run(() => hideMessageAction({ messageId: second.id }))).ok).toBe(true);
    expect(await pinsOf(alice, thread.conversationId)).toEqual([]);
    expect(await pinsOf(bob, thread.conversationId)).toHaveLength(1);
  });

  it("refuses a deleted message and a pin past the cap (also when pinned at once); deleting unpins", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const messages = [];
    for (let i = 0; i <= MAX_PINS + 1; i++) messages.push(await send(alice, thread.conversationId, `message ${i}`));
    const watcher = await watch(bob, thread.conversationId);

    for (const message of messages.slice(0, MAX_PINS - 1)) expect((await pin(alice, message.id)).ok).toBe(true);
    // The last free place, asked for twice at once: one pin gets it.
    const [a, b] = await Promise.all([pin(alice, messages[MAX_PINS - 1]!.id), pin(bob, messages[MAX_PINS]!.id)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: { code: "conflict", message: expect.stringContaining(`at most ${MAX_PINS}`) } });
    expect(await db.pin.count({ where: { conversationId: thread.conversationId } })).toBe(MAX_PINS);

    // Deleting a pinned message for everyone unpins it, live.
    const doomed = messages[10]!; // in the newest page the watcher holds
    expect((await alice.run(() => deleteMessageAction({ messageId: doomed.id }))).ok).toBe(true);
    expect(await db.pin.findUnique({ where: { messageId: doomed.id } })).toBeNull();
    await eventually(() => expect(watcher.sync.state.messages.find((m) => m.id === doomed.id)).toMatchObject({ deletedAt: expect.any(String) }));
    expect(watcher.sync.state.messages.find((m) => m.id === doomed.id)!.pinned).toBeUndefined();
    expect(await pin(alice, doomed.id)).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("deleted") } });
    expect((await pin(alice, doomed.id, false)).ok).toBe(true); // nothing to unpin: not an error
    expect((await pin(alice, messages[MAX_PINS + 1]!.id)).ok).toBe(true); // the freed place
  }, 60_000);

  it("reach a client whose connection was down through its catch-up", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const kept = await send(alice, thread.conversationId, "kept pinned");
    const dropped = await send(alice, thread.conversationId, "unpinned meanwhile");
    expect((await pin(alice, dropped.id)).ok).toBe(true);
    const watcher = await watch(alice, thread.conversationId);
    await watcher.sync.catchUp(); // the first catch-up is over: nothing else fetches until reconnected
    const before = watcher.subscriptions.count;
    const version = watcher.sync.state.pinsVersion;

    watcher.realtime.client.disconnect();
    expect((await pin(bob, kept.id)).ok).toBe(true);
    expect((await pin(bob, dropped.id, false)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.sync.state.messages.map((m) => m.pinned)).toEqual([undefined, true]); // it heard nothing
    watcher.realtime.client.connect();
    await eventually(() => expect(watcher.subscriptions.count).toBeGreaterThan(before), 15_000);
    await eventually(() => expect(watcher.sync.state.messages.map((m) => m.pinned)).toEqual([true, undefined]));
    expect(watcher.sync.state.pinsVersion).toBeGreaterThan(version); // an open Pinned panel reads the list again
  });

  it("work the same through the API", async () => {
    const owner = await actor();
    const member = await actor();
    const server = await createServer(owner.user, { members: [[member.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    const message = await send(member, conversationId, "via the API");
    const api = apiClient();
    const asOwner = await api.signIn(owner.user);
    const asMember = await api.signIn(member.user);
    expect((await asMember.put(`/messages/${message.id}/pin`)).status).toBe(403);
    expect(await asOwner.put(`/messages/${message.id}/pin`)).toMatchObject({ status: 200, body: { messageId: message.id, pinned: true } });
    expect(await asMember.get(`/conversations/${conversationId}/pins`)).toMatchObject({
      status: 200,
      body: { pins: [{ message: { id: message.id, pinned: true }, pinnedAt: expect.any(String), pinnedBy: { id: owner.user.id } }] },
    });
    expect(await asOwner.delete(`/messages/${message.id}/pin`)).toMatchObject({ status: 200, body: { pinned: false } });
    expect(await asMember.get(`/conversations/${conversationId}/pins`)).toMatchObject({ status: 200, body: { pins: [] } });
    const outsider = await api.signIn((await actor()).user);
    const privateServer = await createServer(owner.user, { visibility: "PRIVATE" });
    expect((await outsider.get(`/conversations/${privateServer.channels[0]!.conversationId}/pins`)).status).toBe(404);
  });
});
