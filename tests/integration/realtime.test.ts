import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publish } from "@/lib/realtime/server";
import { actor, createServer, createThread } from "../support/factories";
import { realtimeClient } from "../support/realtime";

// Real Soketi, real pusher-js clients, subscriptions signed by our real auth route.

const clients: ReturnType<typeof realtimeClient>[] = [];
function connect(session: Parameters<typeof realtimeClient>[0]) {
  const client = realtimeClient(session);
  clients.push(client);
  return client;
}
afterEach(() => clients.splice(0).forEach((c) => c.disconnect()));

describe("realtime through Soketi", () => {
  it("delivers an event triggered by the server to a subscribed member", async () => {
    const alice = await actor();
    const server = await createServer(alice.user);
    const conversationId = server.channels[0]!.conversationId;

    const client = connect(alice);
    const channel = await client.subscribe("conversation", conversationId);
    const received = client.next<{ id: string; seq: number }>(channel, "message.deleted");
    expect(await publish("conversation", conversationId, "message.deleted", { conversationId, id: "m1", seq: 7 })).toBe(true);
    expect(await received).toEqual({ conversationId, id: "m1", seq: 7 });
  });

  it("refuses a private server's channel to a non-member, allows it to a member", async () => {
    const owner = await actor();
    const outsider = await actor();
    const server = await createServer(owner.user, { visibility: "PRIVATE" });
    const conversationId = server.channels[0]!.conversationId;

    await expect(connect(outsider).subscribe("conversation", conversationId)).rejects.toMatchObject({ status: 403 });
    await expect(connect(outsider).subscribe("presence", conversationId)).rejects.toMatchObject({ status: 403 });
    await expect(connect(owner).subscribe("conversation", conversationId)).resolves.toBeTruthy();
  });

  it("refuses banned members and unverified users", async () => {
    const owner = await actor();
    const banned = await actor();
    const unverified = await actor({ verified: false });
    const server = await createServer(owner.user, { members: [[banned.user, "MEMBER"]] });
    await db.serverMember.update({ where: { serverId_userId: { serverId: server.id, userId: banned.user.id } }, data: { banned: true } });
    const conversationId = server.channels[0]!.conversationId;

    await expect(connect(banned).subscribe("conversation", conversationId)).rejects.toMatchObject({ status: 403 });
    await expect(connect(unverified).subscribe("conversation", conversationId)).rejects.toMatchObject({ status: 403 });
  });

  it("lets only participants into a direct thread, with presence showing who is there", async () => {
    const alice = await actor();
    const bob = await actor();
    const eve = await actor();
    const thread = await createThread([alice.user, bob.user]);

    await expect(connect(eve).subscribe("conversation", thread.conversationId)).rejects.toMatchObject({ status: 403 });
    const aliceClient = connect(alice);
    const presence = await aliceClient.subscribe("presence", thread.conversationId);
    const joined = aliceClient.next<{ id: string; info: { username: string } }>(presence, "pusher:member_added");
    await connect(bob).subscribe("presence", thread.conversationId);
    expect(await joined).toMatchObject({ id: bob.user.id, info: { username: bob.user.username } });
  });

  it("gives each user their own channel and no one else's", async () => {
    const alice = await actor();
    const bob = await actor();
    await expect(connect(alice).subscribe("user", alice.user.id)).resolves.toBeTruthy();
    await expect(connect(alice).subscribe("user", bob.user.id)).rejects.toMatchObject({ status: 403 });
  });

  it("refuses subscriptions without a session", async () => {
    const anonymous = { run: <T,>(fn: () => T) => fn() };
    const owner = await actor();
    const server = await createServer(owner.user);
    await expect(connect(anonymous).subscribe("conversation", server.channels[0]!.conversationId)).rejects.toMatchObject({ status: 401 });
  });
});
