import { describe, expect, it } from "vitest";
import { createThreadAction } from "@/lib/actions/admin/create-thread";
import { searchUsersAction } from "@/lib/actions/threads/search-users";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { db } from "@/lib/db";
import { actor, createUser } from "../support/factories";

describe("starting threads", () => {
  it("opens the one direct thread between two people, whoever starts it", async () => {
    const alice = await actor();
    const bob = await actor();
    const first = await alice.run(() => startThreadAction({ userIds: [bob.user.id] }));
    const again = await alice.run(() => startThreadAction({ userIds: [bob.user.id, bob.user.id] }));
    const fromBob = await bob.run(() => startThreadAction({ userIds: [alice.user.id] }));
    expect(first).toMatchObject({ ok: true, data: { reused: false } });
    expect(again).toMatchObject({ ok: true, data: { reused: true } });
    const id = first.ok && first.data.id;
    expect(again.ok && again.data.id).toBe(id);
    expect(fromBob.ok && fromBob.data.id).toBe(id);
    const participants = await db.threadParticipant.findMany({ where: { threadId: id as string } });
    expect(participants.map((p) => p.userId).sort()).toEqual([alice.user.id, bob.user.id].sort());
  });

  it("opens one thread when both start it at the same moment", async () => {
    const alice = await actor();
    const bob = await actor();
    const [a, b] = await Promise.all([alice.run(() => startThreadAction({ userIds: [bob.user.id] })), bob.run(() => startThreadAction({ userIds: [alice.user.id] }))]);
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true);
  });

  it("creates a new group each time, of up to 10 people with its creator", async () => {
    const alice = await actor();
    const others = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    const nine = others.slice(0, 9).map((u) => u.id);
    const group = await alice.run(() => startThreadAction({ userIds: nine, title: "  Weekend plans " }));
    expect(group).toMatchObject({ ok: true, data: { reused: false } });
    const thread = await db.thread.findUniqueOrThrow({ where: { id: group.ok ? group.data.id : "" }, include: { participants: true } });
    expect(thread).toMatchObject({ title: "Weekend plans", directKey: null, createdById: alice.user.id });
    expect(thread.participants).toHaveLength(10);
    const second = await alice.run(() => startThreadAction({ userIds: nine }));
    expect(second.ok && second.data.id).not.toBe(thread.id);

    const tooMany = await alice.run(() => startThreadAction({ userIds: others.map((u) => u.id) }));
    expect(tooMany).toMatchObject({ ok: false, error: { code: "validation", fields: { userIds: expect.stringMatching(/at most 10/) } } });
  });

  it("refuses nobody, unknown, suspended and unverified people, and unverified starters", async () => {
    const alice = await actor();
    const suspended = await createUser({ status: "SUSPENDED" });
    const unverified = await createUser({ verified: false, fullName: "Una Verified" });
    expect(await alice.run(() => startThreadAction({ userIds: [] }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await alice.run(() => startThreadAction({ userIds: [alice.user.id] }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await alice.run(() => startThreadAction({ userIds: ["nosuchuser"] }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await alice.run(() => startThreadAction({ userIds: [suspended.id] }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await alice.run(() => startThreadAction({ userIds: [unverified.id] }))).toMatchObject({
      ok: false,
      error: { message: "Una Verified can't receive messages until they verify their email address." },
    });
    const starter = await actor({ verified: false });
    expect(await starter.run(() => startThreadAction({ userIds: [alice.user.id] }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("lets an admin open a thread between other people, and nobody else", async () => {
    const admin = await actor({ role: "ADMIN" });
    const member = await actor();
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const opened = await admin.run(() => createThreadAction({ userIds: [a.id, b.id] }));
    expect(opened).toMatchObject({ ok: true });
    const participants = await db.threadParticipant.findMany({ where: { threadId: opened.ok ? opened.data.id : "" } });
    expect(participants.map((p) => p.userId).sort()).toEqual([a.id, b.id].sort());
    expect(await member.run(() => createThreadAction({ userIds: [a.id, b.id] }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await admin.run(() => createThreadAction({ userIds: [a.id] }))).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});

describe("finding people", () => {
  it("matches username prefixes and names, leaving out the searcher, suspended and unverified people", async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const searcher = await actor({ username: `${tag}me`, fullName: "Searcher" });
    const match = await createUser({ username: `${tag}ann`, fullName: "Ann Example" });
    const byName = await createUser({ fullName: `Bea ${tag.toUpperCase()}son` });
    await createUser({ username: `${tag}sus`, status: "SUSPENDED" });
    await createUser({ username: `${tag}unv`, verified: false });
    const result = await searcher.run(() => searchUsersAction({ q: `@${tag.toUpperCase()}` }));
    expect(result.ok && result.data.map((u) => u.id).sort()).toEqual([match.id, byName.id].sort());
    expect(await searcher.run(() => searchUsersAction({ q: "   " }))).toEqual({ ok: true, data: [] });
  });
});
