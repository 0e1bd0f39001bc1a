import { describe, expect, it } from "vitest";
import { GET as publicMessagesRoute } from "@/app/api/public/conversations/[conversationId]/messages/route";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { setReactionAction } from "@/lib/actions/reactions/set-reaction";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/messages/limits";
import { newClientId } from "@/lib/messages/client/sync";
import { publicMessages } from "@/lib/public/messages";
import { publicServer } from "@/lib/public/servers";
import { actor, addMember, createChannel, createServer, createThread, createUser, fillConversation, type Actor } from "../support/factories";
import { runInRequest } from "../support/request-context";

// What a signed-out visitor reads of a public server (lib/public): its channels' messages and
// nothing of anyone's private state; and nothing at all of a private server, a thread, a deleted
// channel, or a message deleted for everyone. Who may call the route is in the authorization matrix.

async function send(who: Actor, conversationId: string, body: string, replyToId?: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body, ...(replyToId ? { replyToId } : {}) }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function publicWorld() {
  const alice = await actor({ fullName: "Alice Public" });
  const bob = await actor({ fullName: "Bob Public" });
  const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
  return { alice, bob, server, general: server.channels[0]! };
}

/** The route as a signed-out browser calls it. */
function visitorGet(conversationId: string, query = "") {
  return runInRequest({ sessionId: undefined, headers: new Headers({ "x-forwarded-for": "203.0.113.77" }) }, () =>
    publicMessagesRoute(new Request(`http://test/api/public/conversations/${conversationId}/messages${query}`), { params: Promise.resolve({ conversationId }) }),
  );
}

describe("reading a public channel signed out", () => {
  it("shows the messages with their authors, replies, mentions and reaction counts, and nobody's own state", async () => {
    const { alice, bob, general } = await publicWorld();
    const first = await send(alice, general.conversationId, `Hello @${bob.user.username}, **welcome**`);
    const reply = await send(bob, general.conversationId, "Thanks!", first.id);
    await bob.run(() => setReactionAction({ messageId: first.id, emoji: "👍", reacted: true }));
    await alice.run(() => setReactionAction({ messageId: first.id, emoji: "👍", reacted: true }));
    await alice.run(() => editMessageAction({ messageId: first.id, body: `Hello @${bob.user.username}, **welcome** aboard` }));

    const response = await visitorGet(general.conversationId);
    expect(response.status).toBe(200);
    const page = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(page).sort()).toEqual(["hasOlder", "messages"]); // no receipts, presence, ownRead, serverTime
    expect(page).toEqual(await publicMessages(null, general.conversationId));
    const { messages, hasOlder } = await publicMessages(null, general.conversationId);
    expect(hasOlder).toBe(false);
    expect(messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(messages[0]).toMatchObject({
      body: `Hello @${bob.user.username}, **welcome** aboard`,
      author: { id: alice.user.id, fullName: "Alice Public", username: alice.user.username },
      mentions: [{ id: bob.user.id, username: bob.user.username }],
      reactions: [{ emoji: "👍", count: 2 }],
    });
    expect(messages[0]!.editedAt).not.toBeNull();
    expect(messages[0]!.reactions![0]).not.toHaveProperty("me");
    expect(messages[1]).toMatchObject({ id: reply.id, replyTo: { id: first.id, deleted: false, author: { fullName: "Alice Public" } } });
    expect(JSON.stringify(page)).not.toMatch(/clientId|email|lastSeenAt|readSeq/);
  });

  it("pages back with ?before= (newest page first, oldest first within a page)", async () => {
    const { alice, general } = await publicWorld();
    await fillConversation(general.conversationId, alice.user.id, PAGE_SIZE + 5);
    const newest = await publicMessages(null, general.conversationId);
    expect(newest.hasOlder).toBe(true);
    expect(newest.messages.map((m) => m.seq)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => i + 6));
    const older = (await (await visitorGet(general.conversationId, "?before=6")).json()) as Awaited<ReturnType<typeof publicMessages>>;
    expect(older).toMatchObject({ hasOlder: false });
    expect(older.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("leaves out a message deleted for everyone: no row, no text, no files, no mention; a reply to it quotes nothing", async () => {
    const { alice, bob, general } = await publicWorld();
    const secret = await send(alice, general.conversationId, `secret plans for @${bob.user.username}`);
    const reply = await send(bob, general.conversationId, "Got it", secret.id);
    const deleted = await alice.run(() => deleteMessageAction({ messageId: secret.id }));
    expect(deleted.ok).toBe(true);
    const page = await publicMessages(null, general.conversationId);
    expect(page.messages.map((m) => m.id)).toEqual([reply.id]);
    expect(page.messages[0]!.replyTo).toMatchObject({ id: secret.id, deleted: true, excerpt: "" });
    const text = await (await visitorGet(general.conversationId)).text();
    expect(text).not.toContain("secret plans");
  });

  it("says a file is there (name and kind), never where it is", async () => {
    const { alice, general } = await publicWorld();
    const message = await send(alice, general.conversationId, "see the notes");
    await db.attachment.create({
      data: { key: `attachments/${alice.user.id}/pubnotes`, uploaderId: alice.user.id, conversationId: general.conversationId, messageId: message.id, name: "notes.pdf", contentType: "application/pdf", size: 6, verifiedAt: new Date() },
    });
    const { messages } = await publicMessages(null, general.conversationId);
    expect(messages[0]!.attachments).toEqual([{ name: "notes.pdf", kind: "file" }]);
    expect(JSON.stringify(messages)).not.toMatch(/\/api\/files|attachments\//);
  });
});

describe("what is never public", () => {
  it("a private server's channels, a direct thread, a deleted channel, an unknown id: 404 to a visitor", async () => {
    const owner = await actor();
    const other = await createUser();
    const hidden = await createServer(owner.user, { visibility: "PRIVATE" });
    await send(owner, hidden.channels[0]!.conversationId, "members only");
    const thread = await createThread([owner.user, other]);
    await send(owner, thread.conversationId, "just us");
    const open = await createServer(owner.user);
    const gone = await createChannel(open, "gone");
    await db.conversation.delete({ where: { id: gone.conversationId } });

    for (const conversationId of [hidden.channels[0]!.conversationId, thread.conversationId, gone.conversationId, "nosuchconversation"]) {
      await expect(publicMessages(null, conversationId)).rejects.toMatchObject({ code: "not_found" });
      const response = await visitorGet(conversationId);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/members only|just us/);
    }
    expect(await publicServer(hidden.slug)).toBeNull();
    expect(await publicServer(open.slug)).toMatchObject({ id: open.id });
  });

  it("a server made private stops being readable at once; a ban holds for a signed-in reader", async () => {
    const { server, general, alice } = await publicWorld();
    await send(alice, general.conversationId, "soon private");
    const banned = await createUser();
    await addMember(server, banned, "MEMBER", true);
    await expect(publicMessages(banned, general.conversationId)).rejects.toMatchObject({ code: "not_found" });
    await expect(publicMessages(null, general.conversationId)).resolves.toMatchObject({ messages: [{ body: "soon private" }] });
    await db.server.update({ where: { id: server.id }, data: { visibility: "PRIVATE" } });
    await expect(publicMessages(null, general.conversationId)).rejects.toMatchObject({ code: "not_found" });
    expect(await publicServer(server.slug)).toBeNull();
  });
});
