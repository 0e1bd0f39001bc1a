import { describe, expect, it } from "vitest";
import { deleteThreadAction } from "@/lib/actions/admin/delete-thread";
import { listThreads } from "@/lib/admin/threads/queries";
import { db } from "@/lib/db";
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
