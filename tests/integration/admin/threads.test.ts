import { describe, expect, it } from "vitest";
import { createThreadAction } from "@/lib/actions/admin/create-thread";
import { deleteThreadAction } from "@/lib/actions/admin/delete-thread";
import { listThreads } from "@/lib/admin/threads/queries";
import { db } from "@/lib/db";
import { startThread } from "@/lib/threads/start-thread";
import { actor, createThread, createUser } from "../../support/factories";
import { expectAudited } from "./audit-helpers";

describe("admin: threads", () => {
  it("lists threads by participant and deletes one with its messages", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [ann, ben] = [await createUser({ fullName: "Annabel Threadtest" }), await createUser()];
    const thread = await createThread([ann, ben]);
    await db.message.create({ data: { conversationId: thread.conversationId, seq: 1, authorId: ann.id, clientId: "c1", body: "hello" } });

    const { threads } = await listThreads({ q: ann.username, page: 1 });
    expect(threads.map((t) => t.id)).toEqual([thread.id]);
    expect((await listThreads({ q: "annabel threadtest", page: 1 })).threads.map((t) => t.id)).toContain(thread.id);

    expect(await admin.run(() => deleteThreadAction({ threadId: thread.id }))).toEqual({ ok: true, data: undefined });
    expect(await db.thread.findUnique({ where: { id: thread.id } })).toBeNull();
    expect(await db.message.count({ where: { conversationId: thread.conversationId } })).toBe(0);
    const entry = await expectAudited(admin.user.id, "thread.delete", thread.id);
    expect(entry.summary).toMatchObject({ before: { participants: expect.arrayContaining([`@${ann.username}`, `@${ben.username}`]) } });

    expect(await admin.run(() => deleteThreadAction({ threadId: thread.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

describe("admin: opening threads between people (the messaging service)", () => {
  it("opens a thread the admin is not in, reuses two people's existing one, and records only creations", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const opened = await admin.run(() => createThreadAction({ userIds: [a.id, b.id] }));
    expect(opened).toMatchObject({ ok: true, data: { reused: false } });
    const threadId = opened.ok ? opened.data.id : "";
    const participants = await db.threadParticipant.findMany({ where: { threadId }, select: { userId: true } });
    expect(participants.map((p) => p.userId).sort()).toEqual([a.id, b.id].sort());
    expect((await expectAudited(admin.user.id, "thread.create", threadId)).summary).toMatchObject({
      after: { participants: [`@${a.username}`, `@${b.username}`].sort() },
    });

    expect(await admin.run(() => createThreadAction({ userIds: [b.id, a.id] }))).toMatchObject({ ok: true, data: { id: threadId, reused: true } });
    expect(await db.auditLog.count({ where: { actorId: admin.user.id, action: "thread.create" } })).toBe(1);

    const group = await admin.run(() => createThreadAction({ userIds: [a.id, b.id, c.id], title: "Project X" }));
    expect(group).toMatchObject({ ok: true, data: { reused: false } });
    const groupId = group.ok ? group.data.id : "";
    expect(await db.thread.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({ title: "Project X", createdById: admin.user.id });
    expect((await expectAudited(admin.user.id, "thread.create", groupId)).summary).toMatchObject({ label: "Project X" });
  });

  it("refuses fewer than two people, and people who can't receive messages", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [a, unverified] = [await createUser(), await createUser({ verified: false, fullName: "Una Unverified" })];
    expect(await admin.run(() => createThreadAction({ userIds: [a.id] }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await admin.run(() => createThreadAction({ userIds: [a.id, unverified.id] }))).toMatchObject({
      ok: false,
      error: { fields: { userIds: expect.stringContaining("Una Unverified") } },
    });
    expect(await db.auditLog.count({ where: { actorId: admin.user.id } })).toBe(0);
  });
});

describe("one way to start a thread", () => {
  it("opens a thread between others only for a platform admin; anyone else is told it doesn't exist", async () => {
    const [user, a, b] = [await createUser(), await createUser(), await createUser()];
    await expect(startThread(user, { userIds: [a.id, b.id], between: true })).rejects.toMatchObject({ code: "not_found" });
    const own = await startThread(user, { userIds: [a.id, b.id], title: "Three of us" });
    const participants = await db.threadParticipant.findMany({ where: { threadId: own.id }, select: { userId: true } });
    expect(participants.map((p) => p.userId).sort()).toEqual([user.id, a.id, b.id].sort());
    expect(await db.thread.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ title: "Three of us", createdById: user.id });
  });
});
