import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search/parse-query";
import { id } from "@/lib/zod/fields";
import { timeZone } from "@/lib/zod/messages";
import { withoutNul } from "@/lib/zod/text";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_LIMIT = 50;

/** A message search (the search box, "search in this conversation", GET /api/v1/search/messages). */
export const messageSearchSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `Use at most ${MAX_QUERY_LENGTH} characters`).transform(withoutNul)
    .describe("The query: words, \"exact phrase\", -word, from:@username, in:#channel, in:server-slug, in:@username, has:link, has:file, mentions:me, before:/after:/on:YYYY-MM-DD."),
  conversationId: id.optional().describe("Only this conversation (a public channel you are not a member of included)."),
  sort: z.enum(["newest", "relevance"]).default("newest"),
  cursor: z.string().max(200).optional().describe("newest only: the previous page's nextCursor."),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(SEARCH_PAGE_SIZE),
  timeZone: timeZone.optional().describe("IANA time zone for before:/after:/on: (default UTC)."),
  typing: z.stringbool().or(z.boolean()).default(false).describe("The last word is still being typed: match it as a prefix."),
});
export type MessageSearchInput = z.input<typeof messageSearchSchema>;
export type MessageSearchQuery = z.output<typeof messageSearchSchema>;
