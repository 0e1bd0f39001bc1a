import "server-only";
import type { Actor } from "@/lib/access/server";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { fieldError, forbidden } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { resolveIcon } from "@/lib/servers/icon";
import { communityLimits } from "@/lib/servers/limits";
import { withFreeServerSlug } from "@/lib/servers/slugs";
import type { CreateServerInput } from "@/lib/zod/servers";

export const MAX_OWNED_SERVERS = 50;

/** Creates a server owned by `actor`, with a #general channel, under a fresh slug from its name. */
export async function createServer(actor: Actor, input: CreateServerInput) {
  requireVerified(actor);
  await rateLimit(`servers:create:${actor.id}`, communityLimits.serversCreatedPerUser, "You have created a lot of servers recently.");
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw fieldError("categoryId", "Choose a category");
  if ((await db.server.count({ where: { ownerId: actor.id } })) >= MAX_OWNED_SERVERS) {
    throw forbidden(`You can own at most ${MAX_OWNED_SERVERS} servers. Delete or hand over one first.`);
  }
  const icon = await resolveIcon(actor, input);

  return withFreeServerSlug(input.name, (slug) =>
    db.server.create({
      data: {
        name: input.name,
        slug,
        description: input.description,
        icon,
        visibility: input.visibility,
        ownerId: actor.id,
        categoryId: category.id,
        members: { create: { userId: actor.id, role: "OWNER" } },
        channels: { create: { name: "general", slug: "general", position: 0, conversation: { create: {} } } },
      },
      select: { id: true, slug: true, name: true },
    }),
  );
}
