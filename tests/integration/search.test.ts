import { describe, expect, it } from "vitest";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { searchMessagesAction } from "@/lib/actions/search/search-messages";
import { banMemberAction } from "@/lib/actions/members/ban";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import type { MessageSearchPage } from "@/lib/search/messages";
import type { MessageSearchInput } from "@/lib/zod/search";
import { actor, addMember, createChannel, createServer, createThread, type Actor } from "../support/factories";
import { apiClient } from "../support/api";

// Message search through the real server action, route handler and database: the query language,
// the scope rules (the property test in search-scope.test.ts checks them at random), and the index
// kept current by the database.

async function say(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function search(who: Actor, input: MessageSearchInput): Promise<MessageSearchPage> {
  const result = await who.run(() => searchMessagesAction(input));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

const ids = (page: MessageSearchPage) => page.results.map((r) => r.id);

async function world() {
  const ann = await actor({ fullName: "Ann Search" });
  const bob = await actor({ fullName: "Bob Search" });
  const server = await createServer(ann.user, { members: [[bob.user, "MEMBER"]] });
  const general = server.channels[0]!;
  const random = await createChannel(server, `random${Date.now().toString(36)}`);
  const thread = await createThread([ann.user, bob.user]);
  return { ann, bob, server, general, random, thread };
}

describe("message search: the query language", () => {
  it("needs every word, matches phrases exactly, excludes -words, and prefixes the word being typed", async () => {
    const { ann, bob, general } = await world();
    const a = await say(ann, general.conversationId, "The blue whale sings at dawn");
    const b = await say(bob, general.conversationId, "A whale of a time, blue skies");
    const c = await say(bob, general.conversationId, "blue moon tonight");
    expect(ids(await search(ann, { q: "blue whale" }))).toEqual([b.id, a.id]);
    expect(ids(await search(ann, { q: '"blue whale"' }))).toEqual([a.id]);
    expect(ids(await search(ann, { q: "blue -whale" }))).toEqual([c.id]);
    expect(ids(await search(ann, { q: "blue wha", typing: true }))).toEqual([b.id, a.id]);
    expect(ids(await search(ann, { q: "blue wha" }))).toEqual([]);
    expect(ids(await search(ann, { q: "BLUE Whale", sort: "relevance" })).sort()).toEqual([a.id, b.id].sort());
  });

  it("is language-neutral: no English stemming, accents and other scripts are words", async () => {
    const { ann, general } = await world();
    const running = await say(ann, general.conversationId, "running late");
    const cafe = await say(ann, general.conversationId, "Rendez-vous au café à midi");
    const tokyo = await say(ann, general.conversationId, "Встреча в Москве завтра");
    expect(ids(await search(ann, { q: "running" }))).toEqual([running.id]);
    expect(ids(await search(ann, { q: "run" }))).toEqual([]);
    expect(ids(await search(ann, { q: "café" }))).toEqual([cafe.id]);
    expect(ids(await search(ann, { q: "москве" }))).toEqual([tokyo.id]);
  });

  it("highlights the matching words in the snippet, as parts (never HTML)", async () => {
    const { ann, general } = await world();
    await say(ann, general.conversationId, "claims about \uE000markers\uE001 and the <b>harbour</b> lights");
    const [result] = (await search(ann, { q: "harbour" })).results;
    expect(result!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["harbour"]);
    expect(result!.snippet.map((p) => p.text).join("")).toContain("<b>harbour</b>");
    expect(result!.snippet.map((p) => p.text).join("")).not.toMatch(/[\uE000\uE001]/);
  });

  it("filters by author, place, links, files, mentions and the reader's days", async () => {
    const { ann, bob, server, general, random, thread } = await world();
    const inGeneral = await say(ann, general.conversationId, "pancake recipe https://example.test/pancakes");
    const inRandom = await say(bob, random.conversationId, "pancake party");
    const inThread = await say(bob, thread.conversationId, "pancake secrets");
    expect(ids(await search(ann, { q: "pancake" })).sort()).toEqual([inGeneral.id, inRandom.id, inThread.id].sort());
    expect(ids(await search(ann, { q: `pancake from:@${bob.user.username}` })).sort()).toEqual([inRandom.id, inThread.id].sort());
    expect(ids(await search(ann, { q: `pancake in:#${random.slug}` }))).toEqual([inRandom.id]);
    expect(ids(await search(ann, { q: `pancake in:${server.slug}` })).sort()).toEqual([inGeneral.id, inRandom.id].sort());
    expect(ids(await search(ann, { q: `pancake in:@${bob.user.username}` }))).toEqual([inThread.id]);
    expect(ids(await search(ann, { q: "pancake has:link" }))).toEqual([inGeneral.id]);
    await db.attachment.create({
      data: { conversationId: random.conversationId, messageId: inRandom.id, key: `test/${inRandom.id}`, name: "menu.pdf", contentType: "application/pdf", size: 10, verifiedAt: new Date() },
    });
    expect(ids(await search(ann, { q: "pancake has:file" }))).toEqual([inRandom.id]);
    await db.mention.create({ data: { messageId: inThread.id, userId: ann.user.id } });
    expect(ids(await search(ann, { q: "pancake mentions:me" }))).toEqual([inThread.id]);
    expect(ids(await search(bob, { q: "pancake mentions:me" }))).toEqual([]);
    expect(ids(await search(ann, { q: "pancake", conversationId: thread.conversationId }))).toEqual([inThread.id]);
    expect(ids(await search(ann, { q: `from:@${ann.user.username}` }))).toEqual([inGeneral.id]);

    // 23:30 UTC on 14 March is already the 15th in Tokyo (UTC+9) and still the 14th in New York.
    await db.message.update({ where: { id: inRandom.id }, data: { createdAt: new Date("2026-03-14T23:30:00Z") } });
    expect(ids(await search(ann, { q: "pancake on:2026-03-14", timeZone: "America/New_York" }))).toEqual([inRandom.id]);
    expect(ids(await search(ann, { q: "pancake on:2026-03-14", timeZone: "Asia/Tokyo" }))).toEqual([]);
    expect(ids(await search(ann, { q: "pancake on:2026-03-15", timeZone: "Asia/Tokyo" }))).toEqual([inRandom.id]);
    expect(ids(await search(ann, { q: "pancake before:2026-03-15", timeZone: "UTC" }))).toEqual([inRandom.id]);
    expect(ids(await search(ann, { q: "pancake after:2026-03-14", timeZone: "UTC" })).sort()).toEqual([inGeneral.id, inThread.id].sort());
  });

  it("answers syntax it can't read with hints, never an error", async () => {
    const { ann, general } = await world();
    await say(ann, general.conversationId, "hints are kind");
    for (const q of ["from:", "in:!!", "has:pdf", "on:2026-02-30", "before:yesterday", '"unterminated', "-only", ":::", "mentions:you", "in:#", "from:@@x"]) {
      const page = await search(ann, { q });
      expect(page.results, q).toEqual([]);
    }
    const nul = await ann.run(() => searchMessagesAction({ q: "kind\u0000" }));
    expect(nul.ok || nul.error.code).toBe("validation");
    expect((await search(ann, { q: "kind has:pdf" })).hints).toEqual(["has: takes link or file (has:link, has:file)"]);
    expect(ids(await search(ann, { q: "kind has:pdf" }))).toHaveLength(1);
    expect((await search(ann, { q: "-kind" })).hints[0]).toMatch(/can't be only -exclusions/);
    expect((await search(ann, { q: "kind on:2026-02-30" })).hints[0]).toMatch(/on: takes a date/);
  });

  it("pages newest first with a cursor", async () => {
    const { ann, general } = await world();
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await say(ann, general.conversationId, `page marker ${i}`));
    const first = await search(ann, { q: "marker", limit: 2 });
    const second = await search(ann, { q: "marker", limit: 2, cursor: first.nextCursor! });
    const third = await search(ann, { q: "marker", limit: 2, cursor: second.nextCursor! });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(sent.map((m) => m.id).reverse());
    expect(third.nextCursor).toBeNull();
  });
});

describe("message search: scope and the index", () => {
  it("leaves out what the reader may not read right now, and follows edits and deletions", async () => {
    const { ann, bob, server, general, thread } = await world();
    const outsider = await actor();
    const kept = await say(bob, general.conversationId, "zebra crossing");
    const hidden = await say(bob, general.conversationId, "zebra hidden");
    const deleted = await say(bob, general.conversationId, "zebra deleted");
    const inThread = await say(bob, thread.conversationId, "zebra thread");
    expect((await ann.run(() => hideMessageAction({ messageId: hidden.id }))).ok).toBe(true);
    expect((await bob.run(() => deleteMessageAction({ messageId: deleted.id }))).ok).toBe(true);
    expect(ids(await search(ann, { q: "zebra" })).sort()).toEqual([kept.id, inThread.id].sort());
    expect(ids(await search(bob, { q: "zebra" })).sort()).toEqual([kept.id, hidden.id, inThread.id].sort());

    // A public server's channels: only when the search names it.
    expect(ids(await search(outsider, { q: "zebra" }))).toEqual([]);
    expect(ids(await search(outsider, { q: `zebra in:${server.slug}` })).sort()).toEqual([kept.id, hidden.id].sort());
    expect(ids(await search(outsider, { q: "zebra", conversationId: general.conversationId })).sort()).toEqual([kept.id, hidden.id].sort());
    expect(ids(await search(outsider, { q: "zebra", conversationId: thread.conversationId }))).toEqual([]);

    // An edit (written by whoever edits) is searchable at once; the old words are gone.
    await db.message.update({ where: { id: kept.id }, data: { body: "giraffe crossing", editedAt: new Date() } });
    expect(ids(await search(ann, { q: "zebra" }))).toEqual([inThread.id]);
    expect(ids(await search(ann, { q: "giraffe" }))).toEqual([kept.id]);

    // Banned: the server's messages are gone from their searches, named or not.
    expect((await ann.run(() => banMemberAction({ serverId: server.id, userId: bob.user.id }))).ok).toBe(true);
    expect(ids(await search(bob, { q: "giraffe" }))).toEqual([]);
    expect(ids(await search(bob, { q: `giraffe in:${server.slug}` }))).toEqual([]);
    // Left the thread: its messages too.
    await db.threadParticipant.delete({ where: { threadId_userId: { threadId: thread.id, userId: bob.user.id } } });
    expect(ids(await search(bob, { q: "zebra" }))).toEqual([]);
  });

  it("a private server stays private even when named", async () => {
    const owner = await actor();
    const outsider = await actor();
    const server = await createServer(owner.user, { visibility: "PRIVATE" });
    await say(owner, server.channels[0]!.conversationId, "secret walrus");
    expect(ids(await search(owner, { q: "walrus" }))).toHaveLength(1);
    expect(ids(await search(outsider, { q: `walrus in:${server.slug}` }))).toEqual([]);
    expect(ids(await search(outsider, { q: "walrus", conversationId: server.channels[0]!.conversationId }))).toEqual([]);
    const member = await actor();
    await addMember(server, member.user);
    expect(ids(await search(member, { q: "walrus" }))).toHaveLength(1);
  });

  it("the search vector has its GIN index", async () => {
    const [index] = await db.$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE indexname = 'Message_searchVector_idx'`;
    expect(index?.indexdef).toMatch(/USING gin \("searchVector"\)/);
  });
});

describe("GET /api/v1/search/messages", () => {
  it("answers with the same results, snippets and places", async () => {
    const { ann, general, server } = await world();
    const message = await say(ann, general.conversationId, "api otter sighting");
    const api = await apiClient().signIn(ann.user);
    const response = await api.get(`/search/messages?q=${encodeURIComponent("otter sigh")}&typing=true`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = response.body as MessageSearchPage;
    expect(body.results).toMatchObject([
      { id: message.id, seq: message.seq, author: { username: ann.user.username }, place: { kind: "channel", serverSlug: server.slug, channelSlug: "general" } },
    ]);
    expect(body.results[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["otter", "sighting"]);
  });
});
