import { describe, expect, it } from "vitest";
import { listAuditEntries, AUDIT_PAGE_SIZE } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { auditListParams } from "@/lib/zod/admin";
import { createUser } from "../../support/factories";

const params = (raw: Record<string, string>) => auditListParams.parse(raw);

describe("the audit log", () => {
  it("lists newest first with filters by action, admin, target and day, a page at a time", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser();
    const total = AUDIT_PAGE_SIZE + 5;
    for (let i = 0; i < total; i++) {
      await db.$transaction((tx) =>
        recordAudit(tx, admin, i % 2 ? "user.suspend" : "user.reactivate", { type: "user", id: target.id }, { label: `@${target.username}`, n: i }),
      );
    }
    const first = await listAuditEntries(params({ actor: admin.username }));
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]!.summary).toMatchObject({ n: total - 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEntries(params({ actor: `@${admin.username}`, before: first.nextCursor! }));
    expect(second.entries.map((e) => e.summary.n)).toEqual([4, 3, 2, 1, 0]);
    expect(second.nextCursor).toBeNull();

    const suspensions = await listAuditEntries(params({ actor: admin.username, action: "user.suspend" }));
    expect(suspensions.entries.every((e) => e.action === "user.suspend")).toBe(true);
    expect(suspensions.entries).toHaveLength(Math.floor(total / 2));
    expect((await listAuditEntries(params({ targetId: target.id, targetType: "user" }))).entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect((await listAuditEntries(params({ actor: admin.username, targetType: "server" }))).entries).toHaveLength(0);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(params({ actor: admin.username, from: today, to: today }))).entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect((await listAuditEntries(params({ actor: admin.username, to: "2020-01-01" }))).entries).toHaveLength(0);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(params({ action: "user.explode", targetType: "planet", from: "yesterday", targetId: "x'; drop" })).toEqual({ actor: "" });
  });

  it("keeps the admin's name on entries after their account is gone", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await db.$transaction((tx) => recordAudit(tx, admin, "category.create", { type: "category", id: "c1" }, { label: "Cats" }));
    await db.user.delete({ where: { id: admin.id } });
    const [entry] = (await listAuditEntries(params({ actor: admin.username }))).entries;
    expect(entry).toMatchObject({ actorId: null, actorLabel: `@${admin.username}`, summary: { label: "Cats" } });
  });
});

describe("the audit log in the database", () => {
  it("refuses to change or delete an entry", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await db.$transaction((tx) => recordAudit(tx, admin, "category.create", { type: "category", id: "c2" }, { label: "Dogs" }));
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.id } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { summary: { label: "Cats" } } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { actorId: null, actorLabel: "@someone-else" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { actorId: admin.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });
});
