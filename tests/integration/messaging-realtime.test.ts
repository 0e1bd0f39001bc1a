import type { PresenceChannel } from "pusher-js";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { newClientId } from "@/lib/messages/client/sync";
import { activeTypers, applyTyping, TYPING_EXPIRY_MS, typingEvent, type Typers } from "@/lib/messages/client/typing";
import { eventSchema, presenceUserSchema } from "@/lib/realtime/catalogue";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { chatClient, eventually } from "../support/messaging";
import { realtimeClient } from "../support/realtime";

// Live delivery through real Soketi to pusher-js clients running the browser's sync logic.

const running: { stop: () => void }[] = [];
function client(...args: Parameters<typeof chatClient>) {
  const c = chatClient(...args);
  running.push(c);
  return c;
}
afterEach(() => running.splice(0).forEach((c) => c.stop()));

async function pair() {
  const alice = await actor();
  const bob = await actor();
  const thread = await createThread([alice.user, bob.user]);
  return { alice, bob, conversationId: thread.conversationId };
}

describe("live messaging", () => {
  it("delivers both users' messages to both, in seq order, once", async () => {
    const { alice, bob, conversationId } = await pair();
    const a = client(alice, conversationId);
    const b = client(bob, conversationId);
    await Promise.all([a.start(), b.start()]);

    // Raw events: message.created arrives once for every message. Two senders' triggers may reach
    // Soketi in either order; the timelines below must still be in seq order.
    const seen: number[] = [];
    b.realtime.client.channel(`private-conversation-${conversationId}`)!.bind("message.created", (e: { message: { seq: number } }) => seen.push(e.message.seq));

    for (let i = 0; i < 10; i++) (i % 2 ? b : a).sync.send(`message ${i}`);
    const expected = Array.from({ length: 10 }, (_, i) => `message ${i}`).sort();
    await eventually(() => {
      expect([...a.bodies()].sort()).toEqual(expected);
      expect([...b.bodies()].sort()).toEqual(expected);
    });
    await eventually(() => expect(seen).toHaveLength(10));
    expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    for (const c of [a, b]) {
      expect(c.sync.state.messages.map((m) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      expect(c.sync.state.pending).toEqual([]);
    }
  });

  it("announces an idempotent resend once", async () => {
    const { alice, bob, conversationId } = await pair();
    const b = client(bob, conversationId);
    await b.start();
    const clientId = newClientId();
    await alice.run(() => sendMessageAction({ conversationId, clientId, body: "only once" }));
    await alice.run(() => sendMessageAction({ conversationId, clientId, body: "only once" }));
    await eventually(() => expect(b.bodies()).toEqual(["only once"]));
    await new Promise((r) => setTimeout(r, 200));
    expect(b.bodies()).toEqual(["only once"]);
  });

  it("replaces a message deleted for everyone, live, by the placeholder", async () => {
    const { alice, bob, conversationId } = await pair();
    const b = client(bob, conversationId);
    await b.start();
    const sent = await alice.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body: "regrettable" }));
    if (!sent.ok) throw new Error(sent.error.message);
    await eventually(() => expect(b.bodies()).toEqual(["regrettable"]));
    await alice.run(() => deleteMessageAction({ messageId: sent.data.id }));
    await eventually(() => expect(b.sync.state.messages[0]).toMatchObject({ body: "", deletedAt: expect.any(String) }));
    expect((await db.message.findUniqueOrThrow({ where: { id: sent.data.id } })).body).toBe("");
  });

  it("hides a message deleted for me in my other tabs, and nowhere else", async () => {
    const { alice, bob, conversationId } = await pair();
    const bobTab1 = client(bob, conversationId);
    const bobTab2 = client(bob, conversationId);
    const a = client(alice, conversationId);
    await Promise.all([bobTab1.start(), bobTab2.start(), a.start()]);
    a.sync.send("for everyone");
    await eventually(() => expect(bobTab2.bodies()).toEqual(["for everyone"]));
    const id = bobTab2.sync.state.messages[0]!.id;
    await bob.run(() => hideMessageAction({ messageId: id }));
    await eventually(() => {
      expect(bobTab1.bodies()).toEqual([]);
      expect(bobTab2.bodies()).toEqual([]);
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(a.bodies()).toEqual(["for everyone"]);
  });

  it("moves the sender's receipts from sent to delivered to read", async () => {
    const { alice, bob, conversationId } = await pair();
    const a = client(alice, conversationId, { receipts: true, receiptIntervalMs: 50 });
    await a.start();
    a.sync.send("did you get this?");
    await eventually(() => expect(a.sync.state.messages).toHaveLength(1));
    const seq = a.sync.state.messages[0]!.seq;
    expect(a.sync.state.receipts[bob.user.id]).toBeUndefined(); // sent: ✓

    const b = client(bob, conversationId, { receipts: true, receiptIntervalMs: 50 });
    await b.start(); // bob's client has received it: delivered
    await eventually(() => expect(a.sync.state.receipts[bob.user.id]).toEqual({ deliveredSeq: seq, readSeq: 0 }));

    b.sync.markRead(seq); // it was on bob's screen: read
    await eventually(() => expect(a.sync.state.receipts[bob.user.id]).toEqual({ deliveredSeq: seq, readSeq: seq }));
  });

  it("relays typing on the presence channel, named by the realtime server and our signature, never by the payload", async () => {
    const [alice, bob, carol] = await Promise.all([actor(), actor(), actor()]);
    const { conversationId } = await createThread([alice.user, bob.user, carol.user]);
    const [aliceRealtime, carolRealtime] = [realtimeClient(alice), realtimeClient(carol)];
    running.push({ stop: () => aliceRealtime.disconnect() }, { stop: () => carolRealtime.disconnect() });
    const aliceChannel = await aliceRealtime.subscribe("presence", conversationId);
    const carolChannel = (await carolRealtime.subscribe("presence", conversationId)) as PresenceChannel;

    // Alice claims to be Bob, with a made-up name: Carol's client sees Alice, as signed.
    const received = new Promise<{ data: unknown; metadata: { user_id?: string } }>((resolve) =>
      carolChannel.bind("client-typing", (data: unknown, metadata: { user_id?: string }) => resolve({ data, metadata })),
    );
    await eventually(() => expect(carolChannel.members.get(alice.user.id)).toBeTruthy());
    const forged = { typing: true, userId: bob.user.id, name: "Chatsphere Admin: DM me your password" };
    expect(aliceChannel.trigger("client-typing", forged)).toBe(true);
    const { data, metadata } = await received;
    expect(metadata.user_id).toBe(alice.user.id);

    const payload = eventSchema("presence", "client-typing").parse(data);
    const member = presenceUserSchema.parse(carolChannel.members.get(metadata.user_id!)!.info);
    const event = typingEvent(payload, { userId: metadata.user_id, member })!;
    expect(event).toEqual({ userId: alice.user.id, name: alice.user.fullName, typing: true });
    expect(typingEvent(payload, { userId: bob.user.id })).toBeNull(); // not a member: dropped

    const at = Date.now();
    const typers: Typers = applyTyping({}, event, carol.user.id, at);
    expect(activeTypers(typers, at + 1_000).names).toEqual([alice.user.fullName]);
    expect(activeTypers(typers, at + TYPING_EXPIRY_MS + 1).names).toEqual([]);
  });

  it("announces a message too large for one Pusher event without its text, and clients fetch it", async () => {
    const { alice, bob, conversationId } = await pair();
    const b = client(bob, conversationId);
    await b.start();
    const raw = b.realtime.client.channel(`private-conversation-${conversationId}`)!;
    const event = b.realtime.next<{ message: { body: string }; truncated?: boolean }>(raw, "message.created");
    const body = "漢".repeat(4000); // 12 KB of UTF-8
    await alice.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
    expect(await event).toMatchObject({ truncated: true, message: { body: "" } });
    await eventually(() => expect(b.bodies()).toEqual([body]));
  });

  it("refuses the live channel of a thread to a non-participant", async () => {
    const { conversationId } = await pair();
    const eve = await actor();
    const eveClient = realtimeClient(eve);
    running.push({ stop: () => eveClient.disconnect() });
    await expect(eveClient.subscribe("conversation", conversationId)).rejects.toMatchObject({ status: 403 });
  });

  it("delivers channel messages to members and to readers of a public server", async () => {
    const owner = await actor();
    const member = await actor();
    const reader = await actor();
    const server = await createServer(owner.user, { members: [[member.user, "MEMBER"]] });
    const conversationId = server.channels[0]!.conversationId;
    const clients = [client(owner, conversationId), client(member, conversationId), client(reader, conversationId)];
    await Promise.all(clients.map((c) => c.start()));
    clients[1]!.sync.send("hello channel");
    await eventually(() => clients.forEach((c) => expect(c.bodies()).toEqual(["hello channel"])));
  });

  it("tells an unverified user why they cannot post, without storing anything", async () => {
    const owner: Actor = await actor();
    const unverified = await actor({ verified: false });
    const server = await createServer(owner.user, { members: [[unverified.user, "MEMBER"]] });
    const conversationId = server.channels[0]!.conversationId;
    const result = await unverified.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body: "hi" }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
  });
});
