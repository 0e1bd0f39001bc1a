import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { setReactionAction } from "@/lib/actions/reactions/set-reaction";
import { whoReactedAction } from "@/lib/actions/reactions/who-reacted";
import { newClientId } from "@/lib/messages/client/sync";
import { MAX_DISTINCT_REACTIONS, REACTION_LIMIT } from "@/lib/reactions/reactions";
import { apiClient } from "../support/api";
import { actor, createServer, createThread, TEST_PASSWORD, type Actor } from "../support/factories";
import { chatClient, eventually, fetchMessages } from "../support/messaging";

// Reactions through the real actions, API, database and Soketi: toggles at once from two people,
// the 20-emoji cap, the rate limit, who may react, the live event, catch-up after a gap, and
// reactions leaving with a deleted account.

const clients: ReturnType<typeof chatClient>[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.stop()));

async function send(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const react = (who: Actor, messageId: string, emoji: string, reacted = true) => who.run(() => setReactionAction({ messageId, emoji, reacted }));
const reactionsOf = async (who: Actor, conversationId: string, messageId: string) =>
  (await fetchMessages(who, conversationId)).body.messages.find((m) => m.id === messageId)?.reactions;

// A palette of distinct single emoji for the cap.
const PALETTE = ["😀", "😁", "😂", "🤣", "😃", "😄", "😅", "😆", "😉", "😊", "😋", "😎", "😍", "😘", "🥰", "😗", "😙", "🥲", "☺️", "🙂", "🤗"];

describe("reactions", () => {
  it("toggle from two people at once without losing either, counts right, each seeing their own", async () => {
    const alice = await actor({ fullName: "Alice Reacts" });
    const bob = await actor({ fullName: "Bob Reacts" });
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId, "react to me");
    const watcher = chatClient(alice, thread.conversationId);
    clients.push(watcher);
    await watcher.start();

    const results = await Promise.all([react(alice, message.id, "👍"), react(bob, message.id, "👍"), react(bob, message.id, "🎉")]);
    expect(results.every((r) => r.ok)).toBe(true);
    // Which of two reactions made at once counts as first used is up to the database: compare as sets.
    const byEmoji = <T extends { emoji: string }>(list: T[] = []) => [...list].sort((a, b) => a.emoji.localeCompare(b.emoji));
    expect(byEmoji(await reactionsOf(alice, thread.conversationId, message.id))).toEqual(
      byEmoji([
        { emoji: "👍", count: 2, me: true },
        { emoji: "🎉", count: 1, me: false },
      ]),
    );
    expect(byEmoji(await reactionsOf(bob, thread.conversationId, message.id))).toEqual(
      byEmoji([
        { emoji: "👍", count: 2, me: true },
        { emoji: "🎉", count: 1, me: true },
      ]),
    );
    // Live: Alice's client got every change (the order of concurrent events may vary: counts settle).
    await eventually(() =>
      expect(watcher.sync.state.messages[0]!.reactions?.map((r) => [r.emoji, r.count]).sort()).toEqual([
        ["🎉", 1],
        ["👍", 2],
      ]),
    );

    // Adding twice changes nothing; taking back works for each, at once.
    expect(await react(bob, message.id, "👍")).toMatchObject({ ok: true, data: { count: 2, reacted: true } });
    const back = await Promise.all([react(alice, message.id, "👍", false), react(bob, message.id, "👍", false)]);
    expect(back.every((r) => r.ok)).toBe(true);
    expect(await reactionsOf(alice, thread.conversationId, message.id)).toEqual([{ emoji: "🎉", count: 1, me: false }]);
    await eventually(() => expect(watcher.sync.state.messages[0]!.reactions).toEqual([{ emoji: "🎉", count: 1, me: false }]));

    const who = await alice.run(() => whoReactedAction({ messageId: message.id }));
    expect(who).toMatchObject({ ok: true, data: [{ emoji: "🎉", count: 1, people: [{ id: bob.user.id, fullName: "Bob Reacts" }] }] });
  });

  it("refuse a 21st different emoji (also when added at once), one that isn't an emoji, and a deleted message", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId, "so many feelings");
    for (const emoji of PALETTE.slice(0, MAX_DISTINCT_REACTIONS - 2)) expect((await react(alice, message.id, emoji)).ok).toBe(true);
    // Two people each add a different 19th/20th/21st at once: exactly 20 different emoji remain.
    const race = await Promise.all([react(alice, message.id, PALETTE[18]!), react(bob, message.id, PALETTE[19]!), react(bob, message.id, PALETTE[20]!)]);
    expect(race.filter((r) => r.ok)).toHaveLength(2);
    expect(race.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: "conflict" } });
    const distinct = await db.reaction.groupBy({ by: ["emoji"], where: { messageId: message.id } });
    expect(distinct).toHaveLength(MAX_DISTINCT_REACTIONS);
    // One already there is still fine for anyone.
    expect((await react(bob, message.id, PALETTE[0]!)).ok).toBe(true);

    expect(await react(alice, message.id, ` ${PALETTE[1]} `)).toMatchObject({ ok: true, data: { emoji: PALETTE[1] } }); // trimmed
    for (const bad of ["a", "👍👍", "<script>", "🇫", "\u200d", "☺️x", "1", "#"]) {
      expect(await react(alice, message.id, bad), bad).toMatchObject({ ok: false, error: { code: "validation" } });
    }
    for (const good of ["👍🏽", "🏳️‍🌈", "🇫🇷", "1️⃣", "👨‍👩‍👧"]) {
      expect(await react(alice, (await send(alice, thread.conversationId, good)).id, good), good).toMatchObject({ ok: true });
    }

    await db.message.update({ where: { id: message.id }, data: { deletedAt: new Date(), body: "" } });
    expect(await react(bob, message.id, "👍")).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("are for those who may post: a reader of a public server is refused, a member is not", async () => {
    const owner = await actor();
    const reader = await actor();
    const server = await createServer(owner.user);
    const message = await send(owner, server.channels[0]!.conversationId, "public news");
    expect(await react(reader, message.id, "👍")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.reaction.count({ where: { messageId: message.id } })).toBe(0);
  });

  it("slow a flood down with a rate limit", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(bob, thread.conversationId, "click me");
    let refused: unknown = null;
    for (let i = 0; i <= REACTION_LIMIT.limit && !refused; i++) {
      const result = await react(alice, message.id, "👍", i % 2 === 0);
      if (!result.ok) refused = result;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  });

  it("reach a client whose connection was down, and leave with a deleted account", async () => {
    const alice = await actor();
    const bob = await actor();
    const carol = await actor();
    const thread = await createThread([alice.user, bob.user, carol.user]);
    const message = await send(alice, thread.conversationId, "before the outage");
    const watcher = chatClient(alice, thread.conversationId);
    clients.push(watcher);
    await watcher.start();
    await watcher.sync.catchUp(); // the first catch-up (after subscribing) is over: nothing else fetches until reconnected
    const before = watcher.subscriptions.count;

    watcher.realtime.client.disconnect();
    expect((await react(bob, message.id, "🔥")).ok).toBe(true);
    expect((await react(carol, message.id, "🔥")).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.sync.state.messages[0]!.reactions ?? []).toEqual([]);
    watcher.realtime.client.connect();
    await eventually(() => expect(watcher.subscriptions.count).toBeGreaterThan(before), 15_000);
    await eventually(() => expect(watcher.sync.state.messages[0]!.reactions).toEqual([{ emoji: "🔥", count: 2, me: false }]));

    // Carol deletes her account: her reaction goes, and a catch-up says so.
    expect((await carol.run(() => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete my account" }))).ok).toBe(true);
    expect(await reactionsOf(alice, thread.conversationId, message.id)).toEqual([{ emoji: "🔥", count: 1, me: false }]);
    await watcher.sync.catchUp();
    expect(watcher.sync.state.messages[0]!.reactions).toEqual([{ emoji: "🔥", count: 1, me: false }]);
  });

  it("work the same through the API", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId, "via the API");
    const api = apiClient();
    const asBob = await api.signIn(bob.user);
    expect(await asBob.put(`/messages/${message.id}/reactions`, { body: { emoji: "🚀" } })).toMatchObject({ status: 200, body: { emoji: "🚀", count: 1, reacted: true } });
    expect(await asBob.get(`/messages/${message.id}/reactions`)).toMatchObject({ status: 200, body: { reactions: [{ emoji: "🚀", count: 1, people: [{ id: bob.user.id }] }] } });
    expect(await asBob.delete(`/messages/${message.id}/reactions?emoji=${encodeURIComponent("🚀")}`)).toMatchObject({ status: 200, body: { count: 0, reacted: false } });
    expect((await asBob.put(`/messages/${message.id}/reactions`, { body: { emoji: "nope" } })).status).toBe(400);
    const outsider = await api.signIn((await actor()).user);
    expect((await outsider.put(`/messages/${message.id}/reactions`, { body: { emoji: "🚀" } })).status).toBe(404);
  });
});
