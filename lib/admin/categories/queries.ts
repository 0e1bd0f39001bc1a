import "server-only";
import { db } from "@/lib/db";

export type CategoryRow = { id: string; name: string; slug: string; position: number; serverCount: number };

/** All categories in their display order, with how many servers each holds. */
export async function listCategories(): Promise<CategoryRow[]> {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, position: true, _count: { select: { servers: true } } },
  });
  return categories.map(({ _count, ...category }) => ({ ...category, serverCount: _count.servers }));
}
