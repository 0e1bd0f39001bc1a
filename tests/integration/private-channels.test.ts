import { afterEach, describe, expect, it } from "vitest";
import { addChannelMembersAction } from "@/lib/actions/channels/add-members";
import { createChannelAction } from "@/lib/actions/channels/create";
import { findChannelMemberCandidatesAction } from "@/lib/actions/channels/find-member-candidates";
import { listChannelMembersAction } from "@/lib/actions/channels/list-members";
import { removeChannelMemberAction } from "@/lib/actions/channels/remove-member";
import { setChannelPrivacyAction } from "@/lib/actions/channels/set-privacy";
import { leaveServerAction } from "@/lib/actions/members/leave";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { eventSchema } from "@/lib/realtime/catalogue";
import { exploreServers } from "@/lib/servers/explore";
import { getServerView } from "@/lib/servers/queries";
import { flushAfter } from "../support/after";
import { apiClient } from "../support/api";
import { actor, addMember, createServer, type Actor } from "../support/factories";
import { eventually, fetchMessages } from "../support/messaging";
import { realtimeClient } from "../support/realtime";

// Private channels through the real actions, database, API and Soketi: who is chosen, what a
// member who was not chosen can reach (nothing: 404 everywhere, realtime subscriptions refused),
// and what each side hears live.

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

/** A server owned by `owner` with `members` (and `moderators`), and a private channel in it made through the action. */
async function serverWithPrivateChannel(owner: Actor, members: Actor[], moderators: Actor[] = []) {
  const server = await createServer(owner.user, {
    members: [...members.map((m): [Actor["user"], "MEMBER"] => [m.user, "MEMBER"]), ...moderators.map((m): [Actor["user"], "MODERATOR"] => [m.user, "MODERATOR"])],
  });
  const channel = await ok(owner.run(() => createChannelAction({ serverId: server.id, name: "staff room", private: true })));
  return { server, channel };
}

/** Everything a pusher-js client hears on one channel, validated by the catalogue. */
async function listen<K extends "user" | "server">(who: Actor, kind: K, id: string) {
  const realtime = realtimeClient(who);
  stops.push(() => realtime.disconnect());
  const channel = await realtime.subscribe(kind, id);
  const heard: { event: string; payload: unknown }[] = [];
  channel.bind_global((event: string, payload: unknown) => {
    if (!event.startsWith("pusher:")) heard.push({ event, payload: eventSchema(kind, event as never).parse(payload) });
  });
  return heard;
}

async function subscribeStatus(who: Actor, kind: "conversation" | "presence", conversationId: string) {
  const realtime = realtimeClient(who);
  stops.push(() => realtime.disconnect());
  return realtime.subscribe(kind, conversationId).then(
    () => "subscribed",
    (error: { status: number }) => error.status,
  );
}

describe("private channels", () => {
  it("only chosen members and the staff read it: the rest of the server gets 404 and no realtime", { timeout: 90_000 }, async () => {
    const [owner, moderator, chosen, outsider] = await Promise.all([actor(), actor(), actor(), actor()]);
    const { server, channel } = await serverWithPrivateChannel(owner, [chosen, outsider], [moderator]);
    expect(channel.private).toBe(true);

    expect(await ok(owner.run(() => findChannelMemberCandidatesAction({ channelId: channel.id, q: chosen.user.username })))).toEqual([
      expect.objectContaining({ id: chosen.user.id }),
    ]);
    expect(await ok(owner.run(() => addChannelMembersAction({ channelId: channel.id, userIds: [chosen.user.id] })))).toEqual({ channelId: channel.id, added: [chosen.user.id] });
    expect((await ok(owner.run(() => listChannelMembersAction({ channelId: channel.id })))).map((m) => m.id)).toEqual([chosen.user.id]);

    // Realtime: the chosen member and the staff subscribe; the member who was not chosen is refused (403).
    expect(await subscribeStatus(chosen, "conversation", channel.conversationId)).toBe("subscribed");
    expect(await subscribeStatus(moderator, "conversation", channel.conversationId)).toBe("subscribed");
    expect(await subscribeStatus(outsider, "conversation", channel.conversationId)).toBe(403);
    expect(await subscribeStatus(outsider, "presence", channel.conversationId)).toBe(403);

    // A message: the chosen member hears of it on their own channel; the server's channel (every member) carries nothing of it.
    const outsiderServer = await listen(outsider, "server", server.id);
    const chosenUser = await listen(chosen, "user", chosen.user.id);
    const outsiderUser = await listen(outsider, "user", outsider.user.id);
    await ok(owner.run(() => sendMessageAction({ conversationId: channel.conversationId, clientId: newClientId(), body: `plans @${chosen.user.username} @${outsider.user.username}` })));
    await flushAfter();
    await eventually(() =>
      expect(chosenUser).toContainEqual({ event: "conversation.activity", payload: { conversationId: channel.conversationId, lastSeq: 1, authorId: owner.user.id, serverId: server.id } }),
    );
    expect(chosenUser).toContainEqual(expect.objectContaining({ event: "mention.created" }));
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything sent to the server's channel in the same batch has arrived by now
    expect(outsiderServer).toEqual([]);
    expect(outsiderUser).toEqual([]);
    // @outsider is not someone of the conversation: no mention is stored for them.
    expect(await db.mention.count({ where: { userId: outsider.user.id } })).toBe(0);

    // Reading: 404 for the outsider, the channel missing from their server view; the chosen member reads.
    expect((await fetchMessages(outsider, channel.conversationId)).status).toBe(404);
    expect((await fetchMessages(chosen, channel.conversationId)).body.messages).toHaveLength(1);
    expect((await getServerView(outsider.user, server.slug))!.channels.map((c) => c.slug)).toEqual(["general"]);
    expect((await getServerView(chosen.user, server.slug))!.channels.map((c) => c.slug)).toEqual(["general", channel.slug]);
    // Managing it is the staff's; to the outsider it doesn't exist.
    expect(await chosen.run(() => listChannelMembersAction({ channelId: channel.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await outsider.run(() => listChannelMembersAction({ channelId: channel.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });

    // Taken out: their tabs are told, and a new subscription is refused.
    await ok(owner.run(() => removeChannelMemberAction({ channelId: channel.id, userId: chosen.user.id })));
    await flushAfter();
    await eventually(() =>
      expect(chosenUser).toContainEqual({ event: "channel.access", payload: { serverId: server.id, conversationId: channel.conversationId, canRead: false } }),
    );
    expect(await subscribeStatus(chosen, "conversation", channel.conversationId)).toBe(403);

    // Opened to the whole server: every member's tabs re-read the channel list, and the outsider subscribes.
    await ok(owner.run(() => setChannelPrivacyAction({ channelId: channel.id, private: false })));
    await flushAfter();
    await eventually(() => expect(outsiderServer).toContainEqual({ event: "channels.changed", payload: {} }));
    expect(await subscribeStatus(outsider, "conversation", channel.conversationId)).toBe("subscribed");
  });

  it("chosen members are server members; leaving the server takes them out for good", { timeout: 60_000 }, async () => {
    const [owner, member, stranger] = await Promise.all([actor(), actor(), actor()]);
    const { server, channel } = await serverWithPrivateChannel(owner, [member]);
    expect(await owner.run(() => addChannelMembersAction({ channelId: channel.id, userIds: [stranger.user.id] }))).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { userIds: "Only members of this server can be added." } },
    });
    const general = server.channels[0]!;
    expect(await owner.run(() => addChannelMembersAction({ channelId: general.id, userIds: [member.user.id] }))).toMatchObject({ ok: false, error: { code: "conflict" } });

    await ok(owner.run(() => addChannelMembersAction({ channelId: channel.id, userIds: [member.user.id] })));
    await ok(member.run(() => leaveServerAction({ serverId: server.id })));
    expect(await db.channelMember.count({ where: { channelId: channel.id } })).toBe(0);
    await addMember(server, member.user);
    expect((await fetchMessages(member, channel.conversationId)).status).toBe(404);
  });

  it("room search never sees a private channel's name, until the channel opens", { timeout: 60_000 }, async () => {
    const owner = await actor();
    const { server, channel } = await serverWithPrivateChannel(owner, []);
    const word = `zq${server.id.slice(-8)}`;
    await db.channel.update({ where: { id: channel.id }, data: { name: `secret ${word}` } });
    const find = async () => (await exploreServers(null, { q: word, category: "", sort: "members" })).servers.map((s) => s.id);
    expect(await find()).toEqual([]);
    await ok(owner.run(() => setChannelPrivacyAction({ channelId: channel.id, private: false })));
    expect(await find()).toEqual([server.id]);
  });

  it("over /api/v1: the channel list leaves it out for the outsider; the staff manage its members", { timeout: 60_000 }, async () => {
    const [owner, chosen, outsider] = await Promise.all([actor(), actor(), actor()]);
    const { server, channel } = await serverWithPrivateChannel(owner, [chosen, outsider]);
    const api = apiClient();
    const [asOwner, asOutsider] = await Promise.all([api.signIn(owner.user), api.signIn(outsider.user)]);
    expect(await asOwner.post(`/channels/${channel.id}/members`, { body: { userIds: [chosen.user.id] } })).toMatchObject({ status: 200, body: { added: [chosen.user.id] } });
    expect((await asOwner.get(`/channels/${channel.id}/members`)).body.items.map((m: { id: string }) => m.id)).toEqual([chosen.user.id]);
    const channels = async (session: typeof asOwner) => (await session.get(`/servers/${server.id}/channels`)).body.items.map((c: { id: string; private: boolean }) => [c.id, c.private]);
    expect(await channels(asOwner)).toContainEqual([channel.id, true]);
    expect((await channels(asOutsider)).map(([id]: [string]) => id)).not.toContain(channel.id);
    expect((await asOutsider.get(`/conversations/${channel.conversationId}/messages`)).status).toBe(404);
    expect((await asOutsider.get(`/channels/${channel.id}/members`)).status).toBe(404);
    expect((await asOwner.delete(`/channels/${channel.id}/members/${chosen.user.id}`)).status).toBe(204);
    expect(await asOwner.put(`/channels/${channel.id}/privacy`, { body: { private: false } })).toMatchObject({ status: 200, body: { channelId: channel.id, private: false } });
    expect((await channels(asOutsider)).map(([id]: [string]) => id)).toContain(channel.id);
  });
});
