import "server-only";
import { db } from "@/lib/db";
import { insertWithFreeSlug, slugify } from "@/lib/slug";

/** Runs `write` with a channel slug made from `name` that no other channel of the server has. */
export function withFreeChannelSlug<T>(serverId: string, name: string, write: (slug: string) => Promise<T>, exceptChannelId?: string): Promise<T> {
  const taken = async (prefix: string) =>
    (
      await db.channel.findMany({
        where: { serverId, slug: { startsWith: prefix }, ...(exceptChannelId ? { id: { not: exceptChannelId } } : {}) },
        select: { slug: true },
      })
    ).map((c) => c.slug);
  return insertWithFreeSlug(slugify(name, "channel"), taken, write);
}
