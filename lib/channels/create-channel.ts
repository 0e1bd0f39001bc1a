import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { withFreeChannelSlug } from "@/lib/channels/slugs";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { MAX_CHANNELS_PER_SERVER, type CreateChannelInput } from "@/lib/zod/channels";

/** Adds a channel at the end of the server's list (owner, moderators, admins); a private one starts with nobody chosen (the staff see it). */
export async function createChannel(actor: Actor, input: CreateChannelInput) {
  const { server } = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can add channels.");
  const last = await db.channel.aggregate({ where: { serverId: server.id }, _max: { position: true }, _count: true });
  if (last._count >= MAX_CHANNELS_PER_SERVER) throw forbidden(`A server can have at most ${MAX_CHANNELS_PER_SERVER} channels.`);
  return withFreeChannelSlug(server.id, input.name, (slug) =>
    db.channel.create({
      data: {
        server: { connect: { id: server.id } },
        name: input.name,
        slug,
        topic: input.topic,
        private: input.private,
        position: (last._max.position ?? -1) + 1,
        conversation: { create: {} },
      },
      select: { id: true, slug: true, name: true, private: true, conversationId: true },
    }),
  );
}
