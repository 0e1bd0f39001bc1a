import type { z } from "zod";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { isUniqueViolation } from "@/lib/admin/unique-violation";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { RESERVED_SLUGS } from "@/lib/slug-rules";
import type { updateChannelSchema } from "@/lib/zod/admin";

/** Edits a channel's name, slug (unique within its server) and topic. */
export async function adminUpdateChannel(actor: AdminActor, input: z.output<typeof updateChannelSchema>) {
  assertAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const channel = await tx.channel.findUnique({
        where: { id: input.channelId },
        select: { id: true, serverId: true, name: true, slug: true, topic: true, server: { select: { name: true } } },
      });
      if (!channel) throw notFound("That channel");
      const before = { name: channel.name, slug: channel.slug, topic: channel.topic };
      const after = { name: input.name, slug: input.slug, topic: input.topic };
      if (before.name === after.name && before.slug === after.slug && before.topic === after.topic) throw new AppError("conflict", "Nothing changed.");
      if (after.slug !== before.slug) {
        if (RESERVED_SLUGS.has(after.slug)) throw fieldError("slug", "This word is reserved for the app's own pages");
        const clash = await tx.channel.findUnique({ where: { serverId_slug: { serverId: channel.serverId, slug: after.slug } }, select: { id: true } });
        if (clash) throw fieldError("slug", "Another channel of this server uses this slug");
      }
      await tx.channel.update({ where: { id: channel.id }, data: after });
      await recordAudit(tx, actor, "channel.update", { type: "channel", id: channel.id }, {
        label: `#${after.name} in ${channel.server.name}`,
        serverId: channel.serverId,
        before,
        after,
      });
      return { id: channel.id, serverId: channel.serverId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "Another channel of this server uses this slug");
    throw error;
  }
}
