import "server-only";
import { db } from "@/lib/db";
import { insertWithFreeSlug, slugify } from "@/lib/slug";

/** Runs `insert` with a server slug made from `name` that no other server has. */
export function withFreeServerSlug<T>(name: string, insert: (slug: string) => Promise<T>): Promise<T> {
  const taken = async (prefix: string) =>
    (await db.server.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map((s) => s.slug);
  return insertWithFreeSlug(slugify(name, "server"), taken, insert);
}
