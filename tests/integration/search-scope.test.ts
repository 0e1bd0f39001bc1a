import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversationAccess } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { searchMessages } from "@/lib/search/messages";
import { messageSearchSchema } from "@/lib/zod/search";
import { createChannel, createServer, createThread, createUser, unique, type TestUser } from "../support/factories";

// Property: for random memberships, bans, thread participations (and where a latecomer's reading
// starts), hides and deletions, a search
// returns exactly the matching messages its reader may read right now: every result is readable
// (checked with the app's own conversationAccess too), and every readable match is found.

const WORDS = ["alpha", "bravo", "charlie", "delta"];
const USERS = 4;
type Membership = "none" | "member" | "banned";

const scenario = fc.record({
  visibility: fc.array(fc.constantFrom("PUBLIC", "PRIVATE"), { minLength: 2, maxLength: 2 }),
  memberships: fc.array(fc.array(fc.constantFrom<Membership>("none", "member", "banned"), { minLength: 2, maxLength: 2 }), { minLength: USERS, maxLength: USERS }),
  // Who is still in each of two threads (a thread starts with everyone; the others left).
  participants: fc.array(fc.array(fc.boolean(), { minLength: USERS, maxLength: USERS }), { minLength: 2, maxLength: 2 }),
  // Where each user's reading of the second thread starts (1: everything; more: added later to a
  // group that shows newcomers only what follows).
  readsFrom: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: USERS, maxLength: USERS }),
  messages: fc.array(
    fc.record({
      place: fc.nat(5), // 0–3: the servers' channels (two each), 4–5: the threads
      author: fc.nat(USERS - 1),
      words: fc.subarray(WORDS, { minLength: 1 }),
      deleted: fc.boolean(),
      hiddenBy: fc.subarray([0, 1, 2, 3]),
    }),
    { maxLength: 24 },
  ),
  reader: fc.nat(USERS - 1),
  word: fc.constantFrom(...WORDS),
  inServer: fc.option(fc.nat(1), { nil: undefined }),
  from: fc.option(fc.nat(USERS - 1), { nil: undefined }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

async function build(s: Scenario) {
  const users: TestUser[] = [];
  for (let i = 0; i < USERS; i++) users.push(await createUser());
  const owner = await createUser();
  const servers = [];
  const places: { conversationId: string; server?: number; thread?: number }[] = [];
  for (const [index, visibility] of s.visibility.entries()) {
    const server = await createServer(owner, { visibility: visibility as "PUBLIC" | "PRIVATE" });
    const second = await createChannel(server, unique("ch"));
    servers.push(server);
    places.push({ conversationId: server.channels[0]!.conversationId, server: index }, { conversationId: second.conversationId, server: index });
    const rows = s.memberships.flatMap((m, user) => (m[index] === "none" ? [] : [{ serverId: server.id, userId: users[user]!.id, banned: m[index] === "banned" }]));
    await db.serverMember.createMany({ data: rows });
  }
  for (const [index, stillIn] of s.participants.entries()) {
    const thread = await createThread(index === 0 ? users.slice(0, 2) : users);
    places.push({ conversationId: thread.conversationId, thread: index });
    const left = (index === 0 ? users.slice(0, 2) : users).filter((_u, i) => !stillIn[i]);
    await db.threadParticipant.deleteMany({ where: { threadId: thread.id, userId: { in: left.map((u) => u.id) } } });
    if (index === 1) {
      for (const [user, visibleFromSeq] of s.readsFrom.entries()) {
        await db.threadParticipant.updateMany({ where: { threadId: thread.id, userId: users[user]!.id }, data: { visibleFromSeq } });
      }
    }
  }
  const seqs = new Map<string, number>();
  const messages = [];
  for (const m of s.messages) {
    const { conversationId } = places[m.place]!;
    const seq = (seqs.get(conversationId) ?? 0) + 1;
    seqs.set(conversationId, seq);
    const message = await db.message.create({
      data: { conversationId, seq, authorId: users[m.author]!.id, clientId: unique("c"), body: m.deleted ? "" : `${m.words.join(" ")} end`, deletedAt: m.deleted ? new Date() : null },
    });
    await db.messageHidden.createMany({ data: m.hiddenBy.map((u) => ({ userId: users[u]!.id, messageId: message.id })) });
    messages.push({ ...m, id: message.id, seq, place: places[m.place]! });
  }
  return { users, servers, messages };
}

/** What the rules say the reader finds, computed from the scenario alone. */
function expected(s: Scenario, world: Awaited<ReturnType<typeof build>>): string[] {
  return world.messages
    .filter((m) => {
      if (m.deleted || m.hiddenBy.includes(s.reader) || !m.words.includes(s.word)) return false;
      if (s.from !== undefined && m.author !== s.from) return false;
      if (m.place.thread !== undefined) {
        if (s.inServer !== undefined) return false;
        const members = m.place.thread === 0 ? [0, 1] : [0, 1, 2, 3];
        const from = m.place.thread === 1 ? s.readsFrom[s.reader]! : 0;
        return members.includes(s.reader) && s.participants[m.place.thread]![s.reader]! && m.seq >= from;
      }
      const membership = s.memberships[s.reader]![m.place.server!];
      if (s.inServer !== undefined && s.inServer !== m.place.server) return false;
      if (membership === "member") return true;
      return s.inServer !== undefined && membership === "none" && s.visibility[m.place.server!] === "PUBLIC";
    })
    .map((m) => m.id)
    .sort();
}

describe("message search scope (property)", () => {
  it("finds exactly the readable matches, whatever the memberships, bans, hides and deletes", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const world = await build(s);
        const reader = world.users[s.reader]!;
        const q = [
          s.word,
          s.inServer !== undefined ? `in:${world.servers[s.inServer]!.slug}` : "",
          s.from !== undefined ? `from:@${world.users[s.from]!.username}` : "",
        ].join(" ");
        const page = await searchMessages(reader, messageSearchSchema.parse({ q, limit: 50 }));
        const found = page.results.map((r) => r.id).sort();
        expect(found, q).toEqual(expected(s, world));
        for (const result of page.results) expect(await conversationAccess(reader, result.conversationId)).not.toBeNull();
      }),
      { numRuns: Number(process.env.SEARCH_PROPERTY_RUNS ?? 40), seed: process.env.SEARCH_PROPERTY_SEED ? Number(process.env.SEARCH_PROPERTY_SEED) : undefined },
    );
  });
});
