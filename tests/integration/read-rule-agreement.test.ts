import { describe, expect, it } from "vitest";
import { channelReaderIds, channelReadersWhere, opensChannel } from "@/lib/access/channel-read";
import { conversationAccess, readsSeq } from "@/lib/access/conversation";
import { listActivity } from "@/lib/activity/queries";
import { serverAccess } from "@/lib/access/server";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listUserServers } from "@/lib/navigation/queries";
import { searchMessages } from "@/lib/search/messages";
import { searchScope } from "@/lib/search/scope";
import { exploreServers } from "@/lib/servers/explore";
import { recentServerActivity } from "@/lib/home/queries";
import { getServerView } from "@/lib/servers/queries";
import { unreadSummary } from "@/lib/unread/summary";
import { messageSearchSchema } from "@/lib/zod/search";
import { addMember, createChannel, createServer, createThread, createUser, signInAs } from "../support/factories";

// "Who may read a server" is written twice: in TypeScript (lib/access: serverAccess,
// conversationAccess, the server view) and in SQL (search's scope, /explore, the sidebar). This
// runs every case against real Postgres — visibility × standing (none, member, moderator, owner,
// banned) × platform role × account status × verified address — and checks each place answers
// as the one rule says: readable when not banned and the server is public or you are a member.
// Places that list servers show a part of what is readable: the sidebar and search without
// in:server your memberships, /explore the public ones.

const visibilities = ["PUBLIC", "PRIVATE"] as const;
const standings = ["none", "MEMBER", "MODERATOR", "OWNER", "banned"] as const;
const viewers = [
  ...(["USER", "ADMIN"] as const).flatMap((role) =>
    (["ACTIVE", "SUSPENDED"] as const).flatMap((status) => [true, false].map((verified) => ({ role, status, verified }))),
  ),
];

type Case = { visibility: (typeof visibilities)[number]; standing: (typeof standings)[number] };

async function place(viewer: { id: string }, { visibility, standing }: Case) {
  const owner = standing === "OWNER" ? viewer : await createUser();
  const server = await createServer(owner, { visibility });
  if (standing === "banned") await addMember(server, viewer, "MEMBER", true);
  else if (standing === "MEMBER" || standing === "MODERATOR") await addMember(server, viewer, standing);
  const category = await db.category.findUniqueOrThrow({ where: { id: server.categoryId }, select: { slug: true } });
  return { server, conversationId: server.channels[0]!.conversationId, categorySlug: category.slug };
}

describe("the read rule, in TypeScript and in SQL, agrees on every case", () => {
  it.each(viewers)("viewer: $role, $status, verified $verified", async ({ role, status, verified }) => {
    const viewer = await createUser({ role, status, verified });
    const cases = visibilities.flatMap((visibility) => standings.map((standing) => ({ visibility, standing })));
    const worlds = await Promise.all(cases.map((c) => place(viewer, c)));
    const [memberScope, sidebar] = await Promise.all([searchScope(viewer, {}), listUserServers(viewer.id)]);

    const table = await Promise.all(
      cases.map(async (c, i) => {
        const { server, conversationId, categorySlug } = worlds[i]!;
        const rule = c.standing !== "banned" && (c.visibility === "PUBLIC" || c.standing !== "none");
        const member = c.standing !== "none" && c.standing !== "banned";
        const [access, conversation, view, named, explore] = await Promise.all([
          serverAccess(viewer, { id: server.id }),
          conversationAccess(viewer, conversationId),
          getServerView(viewer, server.slug),
          searchScope(viewer, { inServer: server.slug }),
          exploreServers(viewer.id, { q: "", category: categorySlug, sort: "members" }),
        ]);
        const answers = {
          "serverAccess.canRead": access!.canRead,
          conversationAccess: conversation !== null,
          "server view": view !== null,
          "search in:server (SQL)": named.includes(conversationId),
          "search, no filter (SQL)": memberScope.includes(conversationId),
          "sidebar (SQL)": sidebar.some((s) => s.id === server.id),
          "explore (SQL)": explore.servers.some((s) => s.id === server.id),
        };
        const expected = {
          "serverAccess.canRead": rule,
          conversationAccess: rule,
          "server view": rule,
          "search in:server (SQL)": rule,
          "search, no filter (SQL)": rule && member,
          "sidebar (SQL)": rule && member,
          "explore (SQL)": rule && c.visibility === "PUBLIC",
        };
        return { case: `${c.visibility} ${c.standing}`, answers, expected };
      }),
    );
    for (const row of table) expect(row.answers, row.case).toEqual(row.expected);
    expect(table).toHaveLength(visibilities.length * standings.length);

    // The rule looks at neither account status nor address: a suspended account never reaches
    // it, because its session is refused first (and verification gates posting, not reading).
    const session = await signInAs(viewer);
    expect((await session.run(() => getCurrentUser())) !== null).toBe(status === "ACTIVE");
  });
});

// Threads: participants read, others don't; someone added to a group that shows newcomers only
// what follows reads from their joining on. TypeScript (conversationAccess + readsSeq, as pages,
// links, pins and files ask) and SQL (search's scope and cut, the activity inbox) must agree on
// every message.
const standingsInThread = ["participant", "joined at 3", "left", "never"] as const;

describe("the thread read rule, in TypeScript and in SQL, agrees on every message", () => {
  it.each(standingsInThread)("viewer: %s", async (standing) => {
    const [viewer, author] = await Promise.all([createUser(), createUser()]);
    const thread = await createThread([author, viewer, await createUser()]);
    const { conversationId } = thread;
    const messages = [];
    for (let seq = 1; seq <= 4; seq++) {
      const message = await db.message.create({ data: { conversationId, seq, authorId: author.id, clientId: `agree-${seq}-${viewer.id}`, body: `agreeword @${viewer.username}` } });
      await db.mention.create({ data: { messageId: message.id, userId: viewer.id } });
      messages.push(message);
    }
    await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: 4 } });
    if (standing === "joined at 3") await db.threadParticipant.update({ where: { threadId_userId: { threadId: thread.id, userId: viewer.id } }, data: { visibleFromSeq: 3 } });
    if (standing === "left" || standing === "never") await db.threadParticipant.delete({ where: { threadId_userId: { threadId: thread.id, userId: viewer.id } } });

    const access = await conversationAccess(viewer, conversationId);
    const [scope, found, activity] = await Promise.all([
      searchScope(viewer, {}),
      searchMessages(viewer, messageSearchSchema.parse({ q: "agreeword", limit: 50 })),
      listActivity(viewer.id, "mention"),
    ]);
    for (const message of messages) {
      const rule = standing === "participant" || (standing === "joined at 3" && message.seq >= 3);
      const answers = {
        "conversationAccess + readsSeq": access !== null && readsSeq(access, message.seq),
        "search scope (SQL)": scope.includes(conversationId),
        "search (SQL)": found.results.some((r) => r.id === message.id),
        "activity (SQL)": activity.some((a) => a.messageId === message.id),
      };
      expect(answers, `${standing}, message ${message.seq}`).toEqual({
        "conversationAccess + readsSeq": rule,
        "search scope (SQL)": standing === "participant" || standing === "joined at 3",
        "search (SQL)": rule,
        "activity (SQL)": rule,
      });
    }
  });
});

// Private channels: the rule (lib/access/channel-read.ts) is written once per form — opensChannel
// in TypeScript (conversationAccess), channelOpenSql (search, unread, the sidebar, activity,
// realtime activity's readers), channelOpenWhere and channelReadersWhere for Prisma (channel lists,
// the home page, mentions and push). Every standing in the server × visibility × platform role:
// each form must answer as the rule says — the staff and the chosen members not banned read it,
// nobody else (platform admins included; as managers they still see it listed in the server view).
const privateStandings = ["none", "outsider", "chosen", "MODERATOR", "OWNER", "banned and chosen"] as const;

describe("the private-channel read rule, in TypeScript, SQL and Prisma, agrees on every case", () => {
  it.each(["USER", "ADMIN"] as const)("viewer: %s", async (role) => {
    const viewer = await createUser({ role });
    const cases = visibilities.flatMap((visibility) => privateStandings.map((standing) => ({ visibility, standing })));
    const worlds = await Promise.all(
      cases.map(async ({ visibility, standing }) => {
        const owner = standing === "OWNER" ? viewer : await createUser();
        const server = await createServer(owner, { visibility });
        if (standing === "MODERATOR") await addMember(server, viewer, "MODERATOR");
        if (standing === "outsider" || standing === "chosen") await addMember(server, viewer);
        if (standing === "banned and chosen") await addMember(server, viewer, "MEMBER", true);
        const channel = await db.channel.update({ where: { id: (await createChannel(server, "hidden")).id }, data: { private: true } });
        if (standing === "chosen" || standing === "banned and chosen") {
          await db.channelMember.create({ data: { channelId: channel.id, serverId: server.id, userId: viewer.id } });
        }
        const message = await db.message.create({
          data: { conversationId: channel.conversationId, seq: 1, authorId: owner.id === viewer.id ? (await createUser()).id : owner.id, clientId: `private-${channel.id}`, body: `privateword @${viewer.username}` },
        });
        await db.mention.create({ data: { messageId: message.id, userId: viewer.id } });
        await db.conversation.update({ where: { id: channel.conversationId }, data: { lastSeq: 1, lastMessageAt: new Date() } });
        return { server, channel, message };
      }),
    );
    const [scope, unread, activity, sidebar, home, found] = await Promise.all([
      searchScope(viewer, {}),
      unreadSummary(viewer.id),
      listActivity(viewer.id, "mention"),
      listUserServers(viewer.id),
      recentServerActivity(viewer.id, 100),
      searchMessages(viewer, messageSearchSchema.parse({ q: "privateword", limit: 50 })),
    ]);

    for (const [i, c] of cases.entries()) {
      const { server, channel, message } = worlds[i]!;
      const memberRole = c.standing === "OWNER" || c.standing === "MODERATOR" ? c.standing : c.standing === "outsider" || c.standing === "chosen" ? "MEMBER" : null;
      const rule = opensChannel(channel, memberRole, c.standing === "chosen");
      const expected = c.standing === "chosen" || c.standing === "MODERATOR" || c.standing === "OWNER";
      expect(rule, `${c.visibility} ${c.standing}: opensChannel`).toBe(expected);
      const [access, view, named, readers, mentionable] = await Promise.all([
        conversationAccess(viewer, channel.conversationId),
        getServerView(viewer, server.slug),
        searchScope(viewer, { inServer: server.slug }),
        channelReaderIds(channel.conversationId),
        db.user.count({ where: { id: viewer.id, ...channelReadersWhere(channel.conversationId) } }),
      ]);
      const answers = {
        "conversationAccess (TypeScript)": access !== null,
        "search scope (SQL)": scope.includes(channel.conversationId),
        "search in:server (SQL)": named.includes(channel.conversationId),
        "search results (SQL)": found.results.some((r) => r.id === message.id),
        "unread summary (SQL)": unread.some((u) => u.conversationId === channel.conversationId),
        "sidebar unread dot (SQL)": sidebar.find((s) => s.id === server.id)?.unread ?? false,
        "activity: mentions (SQL)": activity.some((a) => a.messageId === message.id),
        "realtime activity readers (SQL)": readers.includes(viewer.id),
        "mentions and push (Prisma)": mentionable === 1,
        "home (Prisma)": home.some((h) => h.message.id === message.id),
        "server view lists it (Prisma)": view?.channels.some((ch) => ch.id === channel.id) ?? false,
      };
      expect(answers, `${c.visibility} ${c.standing}`).toEqual({
        ...Object.fromEntries(Object.keys(answers).map((k) => [k, expected])),
        "server view lists it (Prisma)": expected || (role === "ADMIN" && view !== null),
      });
    }
  });
});
