import type { z } from "zod";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { isUniqueViolation } from "@/lib/admin/unique-violation";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { RESERVED_SLUGS } from "@/lib/slug-rules";
import { releaseUpload } from "@/lib/uploads/release";
import type { updateServerSchema } from "@/lib/zod/admin";

const editable = ["name", "slug", "description", "icon", "visibility", "categoryId"] as const;

/** Edits any field of a server, its slug included (unique across servers). */
export async function adminUpdateServer(actor: AdminActor, input: z.output<typeof updateServerSchema>) {
  assertAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const server = await tx.server.findUnique({ where: { id: input.serverId }, select: { id: true, ...fieldsOf(editable) } });
      if (!server) throw notFound("That server");
      const changed = editable.filter((field) => server[field] !== input[field]);
      if (changed.length === 0) throw new AppError("conflict", "Nothing changed.");
      if (changed.includes("categoryId") && !(await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }))) {
        throw fieldError("categoryId", "Choose a category");
      }
      if (changed.includes("slug") && RESERVED_SLUGS.has(input.slug)) throw fieldError("slug", "This word is reserved for the app's own pages");
      if (changed.includes("slug") && (await tx.server.findUnique({ where: { slug: input.slug }, select: { id: true } }))) {
        throw fieldError("slug", "Another server uses this slug");
      }
      const data = Object.fromEntries(changed.map((field) => [field, input[field]]));
      const updated = await tx.server.update({ where: { id: server.id }, data, select: { id: true, slug: true, name: true } });
      if (changed.includes("icon")) await releaseUpload(server.icon, tx);
      await recordAudit(tx, actor, "server.update", { type: "server", id: server.id }, {
        label: updated.name,
        before: Object.fromEntries(changed.map((field) => [field, server[field]])),
        after: data,
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "Another server uses this slug");
    throw error;
  }
}

function fieldsOf<const F extends readonly string[]>(fields: F): { [K in F[number]]: true } {
  return Object.fromEntries(fields.map((field) => [field, true])) as { [K in F[number]]: true };
}
