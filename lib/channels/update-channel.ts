import type { z } from "zod";
import type { Actor } from "@/lib/access/server";
import { requireManagedChannel } from "@/lib/channels/access";
import { withFreeChannelSlug } from "@/lib/channels/slugs";
import { db } from "@/lib/db";
import type { updateChannelSchema } from "@/lib/zod/channels";

/** Renames a channel and sets its topic. A new name gives a new slug (the URL follows the name). */
export async function updateChannel(actor: Actor, input: z.output<typeof updateChannelSchema>) {
  const { channel } = await requireManagedChannel(actor, input.channelId);
  const update = (slug: string) =>
    db.channel.update({
      where: { id: channel.id },
      data: { name: input.name, slug, topic: input.topic },
      select: { id: true, slug: true, name: true, topic: true },
    });
  if (input.name === channel.name) return update(channel.slug);
  return withFreeChannelSlug(channel.serverId, input.name, update, channel.id);
}
