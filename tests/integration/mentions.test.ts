import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { newClientId } from "@/lib/messages/client/sync";
import { extractMentions } from "@/lib/messages/mentions";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { fetchMessages } from "../support/messaging";

// Mentions through the real action and database: who is stored, what stays text, and who may
// notify @here / @everyone.

const send = (who: Actor, conversationId: string, body: string) => who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));

describe("mentions", () => {
  it("finds @usernames outside code, e-mail addresses and words", () => {
    expect(extractMentions("hi @Alice.B, @bob. mail a@b.com `@carol` ```\n@dave\n``` x@eve @here")).toEqual({ usernames: ["alice.b", "bob"], broadcast: "here" });
    expect(extractMentions("@everyone and @here").broadcast).toBe("everyone");
  });

  it("stores the members named (only those in the conversation) and sends them with the message", async () => {
    const owner = await actor();
    const member = await actor();
    const stranger = await actor();
    const server = await createServer(owner.user, { members: [[member.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    const result = await send(owner, conversationId, `Hey @${member.user.username} and @${stranger.user.username}, see \`@${owner.user.username}\``);
    expect(result.ok).toBe(true);
    const message = result.ok ? result.data : null!;
    expect(message.mentions).toEqual([{ id: member.user.id, username: member.user.username, fullName: member.user.fullName, image: null }]);
    expect(await db.mention.findMany({ where: { messageId: message.id }, select: { userId: true } })).toEqual([{ userId: member.user.id }]);
    const { body: page } = await fetchMessages(member, conversationId);
    expect(page.messages.at(-1)!.mentions).toEqual([{ id: member.user.id, username: member.user.username, fullName: member.user.fullName, image: null }]);

    const thread = await createThread([owner.user, member.user]);
    const inThread = await send(member, thread.conversationId, `@${owner.user.username} @${stranger.user.username} @everyone`);
    expect(inThread).toMatchObject({ ok: true, data: { mentions: [{ id: owner.user.id }] } });
    expect(inThread.ok && inThread.data.broadcast).toBeFalsy(); // just text in a thread
  });

  it("lets moderators and the owner notify @here / @everyone in a channel, and refuses a member", async () => {
    const owner = await actor();
    const moderator = await actor();
    const member = await actor();
    const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [member.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    expect(await send(member, conversationId, "@everyone look")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await send(member, conversationId, "@here look")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
    expect(await send(moderator, conversationId, "@here look")).toMatchObject({ ok: true, data: { broadcast: "here" } });
    expect(await send(owner, conversationId, "@everyone look")).toMatchObject({ ok: true, data: { broadcast: "everyone" } });
    expect((await db.message.findMany({ where: { conversationId }, select: { broadcast: true }, orderBy: { seq: "asc" } })).map((m) => m.broadcast)).toEqual(["HERE", "EVERYONE"]);
  });

  it("follow edits: the new text's mentions replace the old ones, with the same @everyone rule", async () => {
    const owner = await actor();
    const member = await actor();
    const other = await actor();
    const server = await createServer(owner.user, { members: [[member.user, "MEMBER"], [other.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    const sent = await send(member, conversationId, `hi @${owner.user.username}`);
    const id = sent.ok ? sent.data.id : "";
    const edit = (who: Actor, body: string) => who.run(() => editMessageAction({ messageId: id, body }));
    expect(await edit(member, `hi @${other.user.username}`)).toMatchObject({ ok: true, data: { mentions: [{ id: other.user.id }] } });
    expect(await db.mention.findMany({ where: { messageId: id }, select: { userId: true } })).toEqual([{ userId: other.user.id }]);
    expect(await edit(member, "@everyone hi")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.mention.count({ where: { messageId: id } })).toBe(1);
    const plain = await edit(member, "hi all");
    expect(plain.ok && plain.data.mentions).toBeFalsy();
    expect(await db.mention.count({ where: { messageId: id } })).toBe(0);
  });
});
