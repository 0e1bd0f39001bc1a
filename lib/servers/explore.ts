import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { correctTerms } from "@/lib/servers/room-words";
import { EXPLORE_PAGE_SIZE, type ExploreQuery, type ExploreSort } from "@/lib/zod/explore";

// /explore: public servers, searched through the trigram index on Server.searchText (lower-cased
// name, description and channel names), filtered by category, sorted by members, activity or age,
// and paged by keyset cursors (sort value + id) so that new servers never shift later pages.

const MAX_TERMS = 5;

const orderColumn: Record<ExploreSort, Prisma.Sql> = {
  members: Prisma.raw(`s."memberCount"`),
  activity: Prisma.raw(`s."lastActivityAt"`),
  newest: Prisma.raw(`s."createdAt"`),
};

const cursorSchema = z.object({ s: z.enum(["members", "activity", "newest"]), v: z.union([z.number(), z.string()]), id: z.string().max(64) });
type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor, if it is well-formed and was made for this sort; otherwise the first page. */
export function decodeCursor(raw: string | undefined, sort: ExploreSort): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sort) return null;
    if (sort === "members" ? typeof parsed.data.v !== "number" : Number.isNaN(Date.parse(String(parsed.data.v)))) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/** Lower-cased words of the query, LIKE wildcards escaped. */
export function searchTerms(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
}

/**
 * Substring match (so also prefixes: "speedr" finds "speedrunning"), answered by the trigram
 * index for words of 3+ characters. Typo matching with `<%` was measured and dropped: it costs
 * seconds on 100k servers whenever a word is common.
 */
function termCondition(term: string): Prisma.Sql {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`s."searchText" LIKE ${pattern}`;
}

function afterCursor(sort: ExploreSort, cursor: Cursor): Prisma.Sql {
  const column = orderColumn[sort];
  const value = sort === "members" ? Prisma.sql`${cursor.v}::int` : Prisma.sql`${String(cursor.v)}::timestamp(3)`;
  return Prisma.sql`(${column} < ${value} OR (${column} = ${value} AND s."id" > ${cursor.id}))`;
}

type Row = {
  id: string;
  name: string;
  slug: string;
  description: string;
  icon: string | null;
  memberCount: number;
  lastActivityAt: Date;
  createdAt: Date;
  categoryName: string;
  categorySlug: string;
};

export type ExploreServer = Row & { channels: { name: string; slug: string }[]; joined: boolean };

/** The query behind a page of /explore (exported for the index check in tests). */
export function exploreSql(viewerId: string | null, query: ExploreQuery, pageSize = EXPLORE_PAGE_SIZE): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`s."visibility" = 'PUBLIC'`];
  // A server that banned the viewer is as good as private to them.
  if (viewerId) conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ServerMember" m WHERE m."serverId" = s."id" AND m."userId" = ${viewerId} AND m."banned")`);
  // The category's id as a value, not a join condition: then an index on (visibility, categoryId,
  // sort column) hands rows over already in page order, and LIMIT stops the scan early.
  if (query.category) conditions.push(Prisma.sql`s."categoryId" = (SELECT "id" FROM "Category" WHERE "slug" = ${query.category})`);
  for (const term of searchTerms(query.q)) conditions.push(termCondition(term));
  const cursor = decodeCursor(query.cursor, query.sort);
  if (cursor) conditions.push(afterCursor(query.sort, cursor));
  return Prisma.sql`
    SELECT s."id", s."name", s."slug", s."description", s."icon", s."memberCount", s."lastActivityAt", s."createdAt",
           c."name" AS "categoryName", c."slug" AS "categorySlug"
    FROM "Server" s JOIN "Category" c ON c."id" = s."categoryId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${orderColumn[query.sort]} DESC, s."id" ASC
    LIMIT ${pageSize + 1}`;
}

/** Fewer results than this on a first page, and the query's unknown words are corrected (see room-words). */
const FEW_RESULTS = 3;

/**
 * One page of public servers matching the query (`viewerId` null: a signed-out visitor), and the cursor of the next page (null: last).
 * When a first page finds little and a corrected query finds more, that page comes instead, with
 * `correctedQ`: "Showing results for …" (its next pages are the corrected query's).
 */
export async function exploreServers(viewerId: string | null, query: ExploreQuery, pageSize = EXPLORE_PAGE_SIZE) {
  const page = await explorePage(viewerId, query, pageSize);
  if (query.cursor || !query.q || page.servers.length >= FEW_RESULTS) return page;
  const terms = searchTerms(query.q);
  const corrected = await correctTerms(terms);
  if (corrected.every((term, i) => term === terms[i])) return page;
  const correctedQ = corrected.join(" ");
  const better = await explorePage(viewerId, { ...query, q: correctedQ }, pageSize);
  return better.servers.length > page.servers.length ? { ...better, correctedQ } : page;
}

async function explorePage(viewerId: string | null, query: ExploreQuery, pageSize: number): Promise<{ servers: ExploreServer[]; nextCursor: string | null; correctedQ?: string }> {
  const rows = await db.$queryRaw<Row[]>(exploreSql(viewerId, query, pageSize));
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor =
    rows.length > pageSize && last
      ? encodeCursor({ s: query.sort, v: sortValue(query.sort, last), id: last.id })
      : null;
  return { servers: await withDetails(viewerId, page), nextCursor };
}

function sortValue(sort: ExploreSort, row: Row): number | string {
  if (sort === "members") return row.memberCount;
  return (sort === "activity" ? row.lastActivityAt : row.createdAt).toISOString();
}

/** Each server's first public channels and whether the viewer is already in it. */
async function withDetails(viewerId: string | null, rows: Row[]): Promise<ExploreServer[]> {
  const ids = rows.map((r) => r.id);
  const [channels, memberships] = await Promise.all([
    db.channel.findMany({ where: { serverId: { in: ids }, private: false }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { serverId: true, name: true, slug: true } }),
    viewerId ? db.serverMember.findMany({ where: { serverId: { in: ids }, userId: viewerId, banned: false }, select: { serverId: true } }) : [],
  ]);
  const joined = new Set(memberships.map((m) => m.serverId));
  return rows.map((row) => ({
    ...row,
    channels: channels.filter((c) => c.serverId === row.id).slice(0, 6).map(({ name, slug }) => ({ name, slug })),
    joined: joined.has(row.id),
  }));
}
