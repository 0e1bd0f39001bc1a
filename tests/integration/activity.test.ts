import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listActivity } from "@/lib/activity/queries";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { setReactionAction } from "@/lib/actions/reactions/set-reaction";
import { newClientId } from "@/lib/messages/client/sync";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { flushAfter } from "../support/after";

// The activity inbox: replies to the user's messages and reactions to them, wherever they can still read.

async function send(who: Actor, conversationId: string, body: string, replyToId?: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body, replyToId }));
  if (!result.ok) throw new Error(result.error.message);
  await flushAfter();
  return result.data;
}

async function react(who: Actor, messageId: string, emoji: string) {
  const result = await who.run(() => setReactionAction({ messageId, emoji, reacted: true }));
  if (!result.ok) throw new Error(result.error.message);
  await flushAfter();
}

describe("activity", () => {
  it("lists replies to the user's messages and reactions to them, newest first, by kind", async () => {
    const [alice, bob] = await Promise.all([actor(), actor()]);
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const channel = server.channels[0]!.conversationId;
    const thread = await createThread([alice.user, bob.user]);

    const question = await send(alice, channel, "who's coming friday?");
    await send(bob, channel, "me!", question.id);
    await send(alice, channel, "and me, said I", question.id); // her own reply: not activity
    const hello = await send(alice, thread.conversationId, "hello");
    await react(bob, hello.id, "👍");
    await react(alice, hello.id, "🎉"); // her own reaction: not activity

    const all = await listActivity(alice.user.id);
    expect(all.map((a) => [a.kind, a.text, a.yours])).toEqual([
      ["reaction", "👍", "hello"],
      ["reply", "me!", "who's coming friday?"],
    ]);
    expect(all[0]!.place).toEqual({ kind: "thread" });
    expect(all[1]!.place).toEqual({ kind: "channel", serverName: server.name, channelName: server.channels[0]!.name });
    expect(all[1]!.actor?.id).toBe(bob.user.id);
    expect((await listActivity(alice.user.id, "reply")).map((a) => a.kind)).toEqual(["reply"]);
    expect((await listActivity(alice.user.id, "reaction")).map((a) => a.kind)).toEqual(["reaction"]);
    expect(await listActivity(bob.user.id)).toEqual([]);
  });

  it("leaves out servers the user left and people they blocked", async () => {
    const [alice, bob, carol] = await Promise.all([actor(), actor(), actor()]);
    const server = await createServer(bob.user, { members: [[alice.user, "MEMBER"], [carol.user, "MEMBER"]] });
    const channel = server.channels[0]!.conversationId;
    const mine = await send(alice, channel, "a thought");
    await send(bob, channel, "from bob", mine.id);
    await send(carol, channel, "from carol", mine.id);
    expect((await listActivity(alice.user.id)).map((a) => a.text).sort()).toEqual(["from bob", "from carol"]);

    await db.userBlock.create({ data: { blockerId: alice.user.id, blockedId: carol.user.id } });
    expect((await listActivity(alice.user.id)).map((a) => a.text)).toEqual(["from bob"]);
    await db.serverMember.delete({ where: { serverId_userId: { serverId: server.id, userId: alice.user.id } } });
    expect(await listActivity(alice.user.id)).toEqual([]);
  });

  it("lists mentions of the user, not their own, and filters them", async () => {
    const [alice, bob] = await Promise.all([actor(), actor()]);
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const channel = server.channels[0]!.conversationId;
    const named = await send(bob, channel, `@${alice.user.username} can you look?`);
    await send(alice, channel, `note to self @${alice.user.username}`);
    await send(bob, channel, "nobody named");

    const mentions = await listActivity(alice.user.id, "mention");
    expect(mentions.map((a) => [a.kind, a.messageId, a.yours])).toEqual([["mention", named.id, ""]]);
    expect(mentions[0]!.text).toContain("can you look?");
    expect((await listActivity(alice.user.id)).map((a) => a.kind)).toEqual(["mention"]);
  });
});
