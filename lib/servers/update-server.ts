import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import type { AuditHook } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { AppError, fieldError, forbidden } from "@/lib/errors";
import { collectStorageGarbageAfterResponse } from "@/lib/files/garbage";
import { resolveIcon } from "@/lib/servers/icon";
import { RESERVED_SLUGS } from "@/lib/slug-rules";
import { releaseUpload } from "@/lib/uploads/release";
import type { UpdateServerInput } from "@/lib/zod/servers";

/** The owner's form, plus what only platform admins may set: a new slug. */
export type ServerEdit = UpdateServerInput & { slug?: string };

const fields = ["name", "slug", "description", "icon", "visibility", "categoryId"] as const;
type Field = (typeof fields)[number];

/** What an edit changed (only the fields that did), for the admin area's audit entry. */
export type ServerChange = {
  server: { id: string; slug: string; name: string };
  before: Partial<Record<Field, unknown>>;
  after: Partial<Record<Field, unknown>>;
};

/**
 * Edits a server's profile (owner or platform admin). The slug stays unless a platform admin sets
 * another (links to the old one stop working, so owners can't). An audited edit (`hooks.audit`,
 * the admin area) that changes nothing is refused, so the log holds changes only.
 */
export async function updateServer(actor: Actor, input: ServerEdit, hooks: AuditHook<ServerChange> = {}) {
  const { server, isAdmin } = await requireServer(actor, input.serverId, can.manage, "Only the owner can edit this server.");
  const newSlug = input.slug !== undefined && input.slug !== server.slug ? input.slug : undefined;
  if (newSlug !== undefined) {
    if (!isAdmin) throw forbidden("Only platform admins can change a server's slug.");
    if (RESERVED_SLUGS.has(newSlug)) throw fieldError("slug", "This word is reserved for the app's own pages");
  }
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw fieldError("categoryId", "Choose a category");
  const icon = await resolveIcon(actor, input);
  const data = {
    name: input.name,
    description: input.description,
    categoryId: category.id,
    visibility: input.visibility,
    ...(newSlug !== undefined ? { slug: newSlug } : {}),
    ...(icon ? { icon } : input.removeIcon ? { icon: null } : {}),
  };
  const written: Partial<Record<Field, unknown>> = data;
  try {
    const saved = await db.$transaction(async (tx) => {
      const previous = await tx.server.findUniqueOrThrow({ where: { id: server.id }, select: { name: true, slug: true, description: true, icon: true, visibility: true, categoryId: true } });
      const changed = fields.filter((field) => field in written && written[field] !== previous[field]);
      if (hooks.audit && changed.length === 0) throw new AppError("conflict", "Nothing changed.");
      if (newSlug !== undefined && (await tx.server.findUnique({ where: { slug: newSlug }, select: { id: true } }))) {
        throw fieldError("slug", "Another server uses this slug");
      }
      const updated = await tx.server.update({ where: { id: server.id }, data, select: { id: true, slug: true, name: true, icon: true } });
      if (updated.icon !== previous.icon) await releaseUpload(previous.icon, tx);
      const result = { id: updated.id, slug: updated.slug, name: updated.name };
      await hooks.audit?.(tx, {
        server: result,
        before: Object.fromEntries(changed.map((field) => [field, previous[field]])),
        after: Object.fromEntries(changed.map((field) => [field, written[field]])),
      });
      return result;
    });
    if (icon || input.removeIcon) collectStorageGarbageAfterResponse(); // a replaced uploaded icon's object
    return saved;
  } catch (error) {
    if (newSlug !== undefined && isUniqueViolation(error)) throw fieldError("slug", "Another server uses this slug");
    throw error;
  }
}
