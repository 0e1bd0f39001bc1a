import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockServer } from "@/lib/servers/lock";
import type { ReorderChannelsInput } from "@/lib/zod/channels";

/** Puts the server's channels in the given order; the list must name each channel exactly once. */
export async function reorderChannels(actor: Actor, input: ReorderChannelsInput) {
  const { server } = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can reorder channels.");
  await db.$transaction(async (tx) => {
    await lockServer(tx, server.id);
    const current = await tx.channel.findMany({ where: { serverId: server.id }, select: { id: true } });
    const wanted = new Set(input.channelIds);
    if (wanted.size !== input.channelIds.length || current.length !== wanted.size || current.some((c) => !wanted.has(c.id))) {
      throw new AppError("conflict", "The channel list changed in the meantime. Reload and try again.");
    }
    for (const [position, id] of input.channelIds.entries()) {
      await tx.channel.update({ where: { id }, data: { position } });
    }
  });
  return { serverId: server.id };
}
