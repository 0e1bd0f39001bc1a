import { describe, expect, it } from "vitest";
import { conversationAccess, readsSeq } from "@/lib/access/conversation";
import { listActivity } from "@/lib/activity/queries";
import { serverAccess } from "@/lib/access/server";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listUserServers } from "@/lib/navigation/queries";
import { searchMessages } from "@/lib/search/messages";
import { searchScope } from "@/lib/search/scope";
import { exploreServers } from "@/lib/servers/explore";
import { getServerView } from "@/lib/servers/queries";
import { messageSearchSchema } from "@/lib/zod/search";
import { addMember, createServer, createThread, createUser, signInAs } from "../support/factories";

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
