import { z } from "zod";
import { withoutNul } from "@/lib/zod/text";

export const EXPLORE_SORTS = ["members", "activity", "newest"] as const;
export type ExploreSort = (typeof EXPLORE_SORTS)[number];
export const EXPLORE_PAGE_SIZE = 24;

/**
 * /explore's query string. Lenient on purpose: it comes from shared links and the back button,
 * so anything malformed falls back to the default rather than failing the page.
 */
export const exploreQuerySchema = z.object({
  q: z.string().trim().max(100).catch("").transform(withoutNul).default(""),
  category: z.string().trim().max(64).regex(/^[a-z0-9-]*$/).catch("").default(""),
  sort: z.enum(EXPLORE_SORTS).catch("members").default("members"),
  cursor: z.string().max(300).optional().catch(undefined),
});
export type ExploreQuery = z.infer<typeof exploreQuerySchema>;

/** The /explore URL of a query (the default sort and empty fields left out). */
export function exploreHref(query: Partial<ExploreQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("category", query.category);
  if (query.sort && query.sort !== "members") params.set("sort", query.sort);
  if (query.cursor) params.set("cursor", query.cursor);
  const search = params.toString();
  return search ? `/explore?${search}` : "/explore";
}
