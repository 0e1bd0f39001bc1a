import { describe, expect, it } from "vitest";
import { banMemberAction } from "@/lib/actions/admin/ban-member";
import { deleteMessageAction } from "@/lib/actions/admin/delete-message";
import { listRecentMessages } from "@/lib/admin/moderation/queries";
import { conversationAccess } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { messageListParams } from "@/lib/zod/admin";
import { actor, createServer, createUser, unique } from "../../support/factories";
import { realtimeClient } from "../../support/realtime";
import { expectAudited } from "./audit-helpers";

describe("admin: moderation", () => {
  it("lists channel messages newest first, filtered by server, channel, author and text", async () => {
    const [ann, bo] = [await createUser(), await createUser()];
    const server = await createServer(ann, { members: [[bo, "MEMBER"]] });
    const other = await createServer(bo);
    const word = unique("needle");
    const post = (conversationId: string, authorId: string, body: string, seq: number) =>
      db.message.create({ data: { conversationId, seq, authorId, clientId: unique("c"), body } });
    const m1 = await post(server.channels[0]!.conversationId, ann.id, `first ${word}`, 1);
    const m2 = await post(server.channels[0]!.conversationId, bo.id, `second ${word.toUpperCase()}`, 2);
    const m3 = await post(other.channels[0]!.conversationId, bo.id, `elsewhere ${word}`, 1);
    await db.message.create({ data: { conversationId: server.channels[0]!.conversationId, seq: 3, authorId: bo.id, clientId: unique("c"), body: "", deletedAt: new Date() } });

    const ids = async (raw: Record<string, string>) => (await listRecentMessages(messageListParams.parse(raw))).messages.map((m) => m.id);
    expect(await ids({ q: word })).toEqual([m3.id, m2.id, m1.id]);
    expect(await ids({ q: word, server: server.id })).toEqual([m2.id, m1.id]);
    expect(await ids({ q: word, server: server.id, channel: server.channels[0]!.id })).toEqual([m2.id, m1.id]);
    expect(await ids({ q: word, author: `@${bo.username}` })).toEqual([m3.id, m2.id]);
    expect(await ids({ server: server.id })).toEqual([m2.id, m1.id]); // the deleted one is left out
    const [first] = (await listRecentMessages(messageListParams.parse({ q: word }))).messages;
    expect(first).toMatchObject({ server: { id: other.id }, channel: { name: "general" }, author: { username: bo.username } });
  });

  it("bans a member from a server: they lose access at once, and it is recorded", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [owner, troll] = [await createUser(), await createUser()];
    const server = await createServer(owner, { members: [[troll, "MEMBER"]], visibility: "PRIVATE" });
    expect(await conversationAccess(troll, server.channels[0]!.conversationId)).not.toBeNull();
    expect(await admin.run(() => banMemberAction({ serverId: server.id, userId: troll.id }))).toEqual({ ok: true, data: undefined });
    expect(await db.serverMember.findUniqueOrThrow({ where: { serverId_userId: { serverId: server.id, userId: troll.id } } })).toMatchObject({ banned: true });
    expect(await conversationAccess(troll, server.channels[0]!.conversationId)).toBeNull();
    const entry = await expectAudited(admin.user.id, "member.ban", troll.id);
    expect(entry.summary).toMatchObject({ serverId: server.id, server: server.name, after: { banned: true } });

    expect(await admin.run(() => banMemberAction({ serverId: server.id, userId: owner.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await admin.run(() => banMemberAction({ serverId: server.id, userId: admin.user.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await db.auditLog.count({ where: { actorId: admin.user.id, action: "member.ban" } })).toBe(1);
  });
});

describe("admin: deleting messages for everyone (the messaging service)", () => {
  it("erases a message in any server, private ones included, live for the people reading it, keeping a copy in the audit log", async () => {
    const admin = await actor({ role: "ADMIN" });
    const owner = await actor();
    const server = await createServer(owner.user, { visibility: "PRIVATE" });
    const conversationId = server.channels[0]!.conversationId;
    const message = await db.message.create({ data: { conversationId, seq: 1, authorId: owner.user.id, clientId: unique("c"), body: "something awful" } });

    const reader = realtimeClient(owner);
    const channel = await reader.subscribe("conversation", conversationId);
    const deleted = reader.next(channel, "message.deleted");
    expect(await admin.run(() => deleteMessageAction({ messageId: message.id }))).toEqual({ ok: true, data: undefined });
    expect(await deleted).toEqual({ conversationId, id: message.id, seq: 1 });
    reader.disconnect();

    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ body: "", deletedAt: expect.any(Date) });
    const entry = await expectAudited(admin.user.id, "message.delete", message.id);
    expect(entry.summary).toMatchObject({ serverId: server.id, before: { body: "something awful" } });
    expect(await admin.run(() => deleteMessageAction({ messageId: message.id }))).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("does not reach into direct threads", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [a, b] = [await createUser(), await createUser()];
    const thread = await db.thread.create({ data: { conversation: { create: {} }, participants: { create: [{ userId: a.id }, { userId: b.id }] } } });
    const message = await db.message.create({ data: { conversationId: thread.conversationId, seq: 1, authorId: a.id, clientId: unique("c"), body: "private" } });
    expect(await admin.run(() => deleteMessageAction({ messageId: message.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).body).toBe("private");
  });
});
