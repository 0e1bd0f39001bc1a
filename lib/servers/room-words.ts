import "server-only";
import { db } from "@/lib/db";

// /explore's typo fallback: the words of public servers (RoomWord, a small table kept by a trigger
// on Server.searchText) searched by trigram similarity, so "gamng" finds the word "gaming" and the
// query is run again with it. Only the query's words that no server contains are corrected.

const MIN_LENGTH = 3;

/** The query's words with each unknown one replaced by the closest known word (when one is close). */
export async function correctTerms(terms: string[]): Promise<string[]> {
  return Promise.all(terms.map((term) => (term.length < MIN_LENGTH ? term : closestWord(term))));
}

async function closestWord(term: string): Promise<string> {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [row] = await db.$queryRaw<{ known: boolean; closest: string | null }[]>`
    SELECT EXISTS (SELECT 1 FROM "RoomWord" WHERE "word" LIKE ${pattern}) AS "known",
           (SELECT "word" FROM "RoomWord" WHERE "word" % ${term}
            ORDER BY similarity("word", ${term}) DESC, "servers" DESC, "word" LIMIT 1) AS "closest"`;
  return row && !row.known && row.closest ? row.closest : term;
}
