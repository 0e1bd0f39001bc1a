import { z } from "zod";
import { timestamp } from "@/lib/zod/api";

// The JSON API's shape of a message search page (lib/api/endpoints/search.ts).

const place = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("channel"), serverName: z.string(), serverSlug: z.string(), channelName: z.string(), channelSlug: z.string() }),
  z.object({ kind: z.literal("thread"), threadId: z.string(), title: z.string() }),
]);

export const messageSearchPageSchema = z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        conversationId: z.string(),
        seq: z.number().int().describe("Open the conversation at this message: its history with before=seq+1."),
        createdAt: timestamp,
        editedAt: timestamp.nullable(),
        author: z.object({ id: z.string(), username: z.string(), fullName: z.string(), image: z.string().nullable() }).nullable(),
        snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })).describe("The matching passage; parts with hit=true matched the query."),
        place,
      }),
    ),
    nextCursor: z.string().nullable().describe("sort=newest: pass as cursor for the next page; null on the last."),
    hints: z.array(z.string()).describe("Parts of the query that were not understood and were ignored, said for the person typing."),
  })
  .meta({ id: "MessageSearchPage" });
