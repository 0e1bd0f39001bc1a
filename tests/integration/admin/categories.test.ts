import { describe, expect, it } from "vitest";
import { createCategoryAction } from "@/lib/actions/admin/create-category";
import { deleteCategoryAction } from "@/lib/actions/admin/delete-category";
import { reorderCategoriesAction } from "@/lib/actions/admin/reorder-categories";
import { updateCategoryAction } from "@/lib/actions/admin/update-category";
import { db } from "@/lib/db";
import { actor, createCategory, createServer, createUser, unique } from "../../support/factories";
import { ISOLATED_TEST_TIMEOUT_MS, withIsolatedDatabase } from "../../support/isolated-database";
import { expectAudited } from "./audit-helpers";

describe("admin: categories", () => {
  it("creates a category at the end, with a slug made from the name unless given", async () => {
    const admin = await actor({ role: "ADMIN" });
    const name = `Board Games ${unique("")}`;
    expect(await admin.run(() => createCategoryAction({ name: `  ${name} ` }))).toEqual({ ok: true, data: undefined });
    const created = await db.category.findUniqueOrThrow({ where: { name } });
    expect(created.slug).toBe(name.toLowerCase().replace(/ /g, "-"));
    const { _max } = await db.category.aggregate({ _max: { position: true } });
    expect(created.position).toBe(_max.position);
    const entry = await expectAudited(admin.user.id, "category.create", created.id);
    expect(entry.summary).toMatchObject({ label: name, after: { name, slug: created.slug } });

    const custom = unique("slug");
    await admin.run(() => createCategoryAction({ name: `Other ${custom}`, slug: custom }));
    expect(await db.category.findUnique({ where: { slug: custom } })).not.toBeNull();
  });

  it("refuses duplicate names (any case) and slugs, and bad input, beside the field", async () => {
    const admin = await actor({ role: "ADMIN" });
    const existing = await createCategory();
    expect(await admin.run(() => createCategoryAction({ name: existing.name.toUpperCase(), slug: unique("s") }))).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { name: "A category with this name already exists" } },
    });
    expect(await admin.run(() => createCategoryAction({ name: unique("New "), slug: existing.slug }))).toMatchObject({
      ok: false,
      error: { fields: { slug: "Another category uses this slug" } },
    });
    expect(await admin.run(() => createCategoryAction({ name: "x", slug: "Not A Slug!" }))).toMatchObject({
      ok: false,
      error: { fields: { name: "Use at least 2 characters", slug: "Use lower-case letters, digits and single dashes" } },
    });
    expect(await admin.run(() => createCategoryAction({ name: "🎲🎲" }))).toMatchObject({ ok: false, error: { fields: { slug: expect.stringContaining("Enter a slug") } } });
  });

  it("renames and re-slugs, recording before and after", async () => {
    const admin = await actor({ role: "ADMIN" });
    const category = await createCategory();
    const name = unique("Renamed ");
    const slug = unique("renamed");
    expect(await admin.run(() => updateCategoryAction({ categoryId: category.id, name, slug }))).toEqual({ ok: true, data: undefined });
    expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({ name, slug });
    const entry = await expectAudited(admin.user.id, "category.update", category.id);
    expect(entry.summary).toMatchObject({ before: { name: category.name, slug: category.slug }, after: { name, slug } });
    expect(await admin.run(() => updateCategoryAction({ categoryId: "missing1", name, slug }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("reorders when given every category exactly once", { timeout: ISOLATED_TEST_TIMEOUT_MS }, async () => {
    await withIsolatedDatabase(async () => {
      const admin = await actor({ role: "ADMIN" });
      const [a, b, c] = [await createCategory(), await createCategory(), await createCategory()];
      expect(await admin.run(() => reorderCategoriesAction({ categoryIds: [c.id, a.id, b.id] }))).toEqual({ ok: true, data: undefined });
      const order = await db.category.findMany({ orderBy: { position: "asc" }, select: { id: true } });
      expect(order.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
      const entry = await expectAudited(admin.user.id, "category.reorder", c.id);
      expect(entry.summary).toMatchObject({ before: { order: [a.slug, b.slug, c.slug] }, after: { order: [c.slug, a.slug, b.slug] } });
      // A stale list (missing one, or a repeat) is refused rather than half-applied.
      expect(await admin.run(() => reorderCategoriesAction({ categoryIds: [a.id, b.id] }))).toMatchObject({ ok: false, error: { code: "conflict" } });
      expect(await admin.run(() => reorderCategoriesAction({ categoryIds: [a.id, a.id, b.id] }))).toMatchObject({ ok: false, error: { code: "conflict" } });
    });
  });

  it("deletes an empty category; one with servers only after moving them", async () => {
    const admin = await actor({ role: "ADMIN" });
    const empty = await createCategory();
    expect(await admin.run(() => deleteCategoryAction({ categoryId: empty.id }))).toEqual({ ok: true, data: undefined });
    expect(await db.category.findUnique({ where: { id: empty.id } })).toBeNull();
    await expectAudited(admin.user.id, "category.delete", empty.id);

    const server = await createServer(await createUser());
    const full = server.categoryId;
    const target = await createCategory();
    expect(await admin.run(() => deleteCategoryAction({ categoryId: full }))).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { moveToId: "Choose where its 1 server(s) should go" } },
    });
    expect(await admin.run(() => deleteCategoryAction({ categoryId: full, moveToId: full }))).toMatchObject({ ok: false, error: { fields: { moveToId: "Choose a different category" } } });
    expect(await db.category.findUnique({ where: { id: full } })).not.toBeNull();

    expect(await admin.run(() => deleteCategoryAction({ categoryId: full, moveToId: target.id }))).toEqual({ ok: true, data: undefined });
    expect((await db.server.findUniqueOrThrow({ where: { id: server.id } })).categoryId).toBe(target.id);
    expect((await expectAudited(admin.user.id, "category.delete", full)).summary).toMatchObject({ serversMovedTo: target.name, before: { servers: 1 } });
  });
});
