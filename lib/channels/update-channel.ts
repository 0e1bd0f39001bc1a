import "server-only";
import type { Actor } from "@/lib/access/server";
import type { AuditHook } from "@/lib/audit/record";
import { requireManagedChannel } from "@/lib/channels/access";
import { withFreeChannelSlug } from "@/lib/channels/slugs";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { AppError, fieldError, forbidden } from "@/lib/errors";
import { RESERVED_SLUGS } from "@/lib/slug-rules";
import type { UpdateChannelInput } from "@/lib/zod/channels";

/** The owner's form, plus what only platform admins may set: the slug itself. */
export type ChannelEdit = UpdateChannelInput & { slug?: string };

type Fields = { name: string; slug: string; topic: string };

/** What an edit changed, for the admin area's audit entry. */
export type ChannelChange = { channel: { id: string; serverId: string; serverName: string }; before: Fields; after: Fields };

const taken = "Another channel of this server uses this slug";

/**
 * Renames a channel and sets its topic (owner, moderators, platform admins). A new name gives a
 * new slug (the URL follows the name), unless a platform admin sets the slug (unique within the
 * server). An audited edit (`hooks.audit`, the admin area) that changes nothing is refused.
 */
export async function updateChannel(actor: Actor, input: ChannelEdit, hooks: AuditHook<ChannelChange> = {}) {
  const { channel, access } = await requireManagedChannel(actor, input.channelId);
  if (input.slug !== undefined && input.slug !== channel.slug) {
    if (!access.isAdmin) throw forbidden("Only platform admins can set a channel's slug.");
    if (RESERVED_SLUGS.has(input.slug)) throw fieldError("slug", "This word is reserved for the app's own pages");
  }
  const before = { name: channel.name, slug: channel.slug, topic: channel.topic };
  const update = (slug: string) =>
    db.$transaction(async (tx) => {
      const after = { name: input.name, slug, topic: input.topic };
      if (hooks.audit && after.name === before.name && after.slug === before.slug && after.topic === before.topic) {
        throw new AppError("conflict", "Nothing changed.");
      }
      const updated = await tx.channel.update({ where: { id: channel.id }, data: after, select: { id: true, slug: true, name: true, topic: true } });
      await hooks.audit?.(tx, { channel: { id: channel.id, serverId: channel.serverId, serverName: access.server.name }, before, after });
      return updated;
    });
  if (input.slug === undefined) {
    if (input.name === channel.name) return update(channel.slug);
    return withFreeChannelSlug(channel.serverId, input.name, update, channel.id);
  }
  if (input.slug !== channel.slug) {
    const clash = await db.channel.findUnique({ where: { serverId_slug: { serverId: channel.serverId, slug: input.slug } }, select: { id: true } });
    if (clash) throw fieldError("slug", taken);
  }
  try {
    return await update(input.slug);
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", taken);
    throw error;
  }
}
