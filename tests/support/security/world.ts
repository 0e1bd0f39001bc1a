import { hashToken } from "@/lib/accounts/tokens";
import { signAccessToken } from "@/lib/api/access-token";
import { hashPassword } from "@/lib/auth/password";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { db, type Prisma } from "@/lib/db";
import { putObject } from "@/lib/files/storage";
import type { Visibility } from "@/generated/prisma/client";
import { TEST_PASSWORD, unique } from "../factories";
import { runInRequest } from "../request-context";

// The world the authorization matrix (tests/support/security/matrix.ts) runs in: one server with
// its people, channels, an invite, messages, a direct thread and the things admins act on. Every
// actor of the matrix is a real user with a real session row, made in a handful of queries.

/** The columns of the matrix, in order. Relations are to the world's server (and its thread). */
export const ACTORS = [
  "anonymous", //  no session
  "unverified", // a member (and thread participant) whose email is not verified
  "member", //     a member (and thread participant)
  "nonMember", //  verified, not in the server nor the thread
  "banned", //     banned from the server, not in the thread
  "moderator", //  moderator (and thread participant)
  "owner", //      owner (and thread participant)
  "suspended", //  a member whose account was suspended after signing in
  "admin", //      platform admin, not in the server nor the thread
  "deleted", //    was a member; signed in, then the account was deleted
  "outsider", //   a member (verified) not chosen for the server's private channel, not in the thread
] as const;
export type ActorName = (typeof ACTORS)[number];

const TARGETS = ["targetMember", "targetModerator", "bannedTarget", "suspendedTarget", "unverifiedTarget"] as const;
type Person = Exclude<ActorName, "anonymous"> | (typeof TARGETS)[number];

let passwordHash: Promise<string> | undefined;
// Categories are few on a real platform (and reordering names them all): worlds share two,
// and make one of their own only for the rows that change or delete it.
let sharedCategories: Promise<{ id: string }[]> | undefined;

export type WorldOptions = { visibility?: Visibility; ownCategory?: boolean };

export async function buildWorld({ visibility = "PUBLIC", ownCategory = false }: WorldOptions = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  sharedCategories ??= db.category.createManyAndReturn({
    data: ["a", "b"].map((suffix, position) => ({ name: `${unique("shared")} ${suffix}`, slug: `${unique("shared")}-${suffix}`, position })),
  });
  const [hash, categories] = await Promise.all([passwordHash, sharedCategories]);
  // One transaction: one commit instead of one per statement.
  const world = await db.$transaction((tx) => createWorld(tx, { visibility, ownCategory, hash, categories }), { timeout: 20_000 });
  // The objects behind the world's files, in the real (local) object store.
  await Promise.all([
    ...[world.sentFile, world.pendingFile].map((f) => putObject(f.key, FILE_BYTES, f.contentType)),
    putObject(world.linkPreview.imageKey!, FILE_BYTES, "image/webp"),
    putObject(world.upload.key!, FILE_BYTES, "image/png"),
  ]);
  return world;
}

const FILE_BYTES = new TextEncoder().encode("a file");

async function createWorld(
  db: Prisma.TransactionClient,
  { visibility, ownCategory, hash, categories }: { visibility: Visibility; ownCategory: boolean; hash: string; categories: { id: string }[] },
) {
  const tag = unique("w");
  const people = [...ACTORS.filter((a) => a !== "anonymous"), ...TARGETS] as Person[];
  const rows = await db.user.createManyAndReturn({
    data: people.map((person) => ({
      email: `${tag}-${person.toLowerCase()}@example.test`,
      username: `${tag}_${person}`.toLowerCase().slice(0, 30),
      fullName: `${person} of ${tag}`,
      passwordHash: hash,
      emailVerifiedAt: person === "unverified" || person === "unverifiedTarget" ? null : new Date(),
      role: person === "admin" ? "ADMIN" : "USER",
      status: person === "suspendedTarget" ? "SUSPENDED" : "ACTIVE",
    })),
  });
  const users = Object.fromEntries(people.map((person, i) => [person, rows[i]!])) as Record<Person, (typeof rows)[number]>;

  const [category, otherCategory] = ownCategory
    ? [categories[0]!, await db.category.create({ data: { name: `${tag} own`, slug: `${tag}-own`, position: 1000 } })]
    : categories;
  const member = (person: Person, role: "OWNER" | "MODERATOR" | "MEMBER" = "MEMBER", banned = false) => ({
    userId: users[person].id,
    role,
    banned,
    bannedAt: banned ? new Date() : null,
  });
  const server = await db.server.create({
    data: {
      name: `Server ${tag}`,
      slug: tag,
      visibility,
      ownerId: users.owner.id,
      categoryId: category!.id,
      members: {
        create: [
          member("owner", "OWNER"), member("moderator", "MODERATOR"), member("targetModerator", "MODERATOR"),
          member("member"), member("unverified"), member("suspended"), member("deleted"), member("targetMember"), member("unverifiedTarget"),
          member("banned", "MEMBER", true), member("bannedTarget", "MEMBER", true), member("outsider"),
        ],
      },
      channels: {
        create: [
          { name: "general", slug: "general", position: 0, conversation: { create: { lastSeq: 1 } } },
          { name: "second", slug: "second", position: 1, conversation: { create: {} } },
        ],
      },
      invites: { create: { code: unique("inv").replace(/[^a-z0-9]/gi, "").slice(0, 32), createdById: users.owner.id } },
    },
    include: { channels: { orderBy: { position: "asc" } }, invites: true },
  });
  const [general, second] = server.channels as [(typeof server.channels)[number], (typeof server.channels)[number]];
  // A private channel: chosen for it are the members who are in the thread, targetMember and the
  // banned member (the ban wins); the outsider and nonMember are not (the staff read it anyway).
  const chosen: Person[] = ["member", "unverified", "suspended", "deleted", "targetMember", "banned"];
  const privateChannel = await db.channel.create({
    data: {
      server: { connect: { id: server.id } }, name: "private", slug: "private", position: 3, private: true,
      conversation: { create: { lastSeq: 1 } },
    },
  });
  await db.channelMember.createMany({ data: chosen.map((person) => ({ channelId: privateChannel.id, serverId: server.id, userId: users[person].id })) });
  // A channel that was deleted: its conversation (and the messages in it) went with it.
  const deletedChannel = await db.channel.create({ data: { server: { connect: { id: server.id } }, name: "gone", slug: "gone", position: 2, conversation: { create: {} } } });
  await db.conversation.delete({ where: { id: deletedChannel.conversationId } });
  const threadMembers: Person[] = ["owner", "moderator", "member", "unverified", "suspended", "deleted", "targetMember"];
  const thread = await db.thread.create({
    data: {
      createdById: users.member.id,
      conversation: { create: { lastSeq: 1 } },
      participants: { create: threadMembers.map((person) => ({ userId: users[person].id })) },
    },
  });
  // A message request: the owner (its requester) started a group with people who share nothing with
  // them as far as their settings go; member, moderator and unverified have it as a request.
  const requestThread = await db.thread.create({
    data: {
      createdById: users.owner.id,
      conversation: { create: { lastSeq: 1, messages: { create: { seq: 1, authorId: users.owner.id, clientId: `${tag}-r`, body: "hello there" } } } },
      participants: {
        create: [
          { userId: users.owner.id },
          ...(["member", "moderator", "unverified"] as const).map((person) => ({ userId: users[person].id, status: "REQUESTED" as const })),
        ],
      },
    },
  });
  // targetMember's channel message links to a page, whose card (with its stored image) it shows.
  const linkPreview = await db.linkPreview.create({
    data: { url: `https://example.com/${tag}`, siteName: "example.com", title: "Example", imageKey: `link-previews/${tag}.webp`, imageWidth: 1, imageHeight: 1 },
  });
  const [channelMessage, threadMessage, privateMessage] = await db.message.createManyAndReturn({
    data: [
      { conversationId: general.conversationId, seq: 1, authorId: users.targetMember.id, clientId: `${tag}-c`, body: `in the channel ${linkPreview.url}`, linkPreviewId: linkPreview.id },
      { conversationId: thread.conversationId, seq: 1, authorId: users.targetMember.id, clientId: `${tag}-t`, body: "in the thread" },
      { conversationId: privateChannel.conversationId, seq: 1, authorId: users.targetMember.id, clientId: `${tag}-p`, body: "in the private channel" },
    ],
  });
  // Reported by the suspended account (no actor reports twice): one in the server's queue, one in the platform's.
  const [channelReport, threadReport] = await db.report.createManyAndReturn({
    data: [
      { messageId: channelMessage!.id, reporterId: users.suspended.id, serverId: server.id, reason: "SPAM" },
      { messageId: threadMessage!.id, reporterId: users.suspended.id, reason: "HARASSMENT" },
    ],
  });
  const upload = await db.upload.create({ data: { ownerId: users.member.id, contentType: "image/png", size: 4, key: `images/${users.member.id}/${tag}` } });
  // A file sent in #general by targetMember, and member's upload (in the store, not yet checked) for #general.
  const file = (id: string, uploaderId: string, messageId: string | null) => ({
    id, key: `attachments/${uploaderId}/${id}`, uploaderId, conversationId: general.conversationId, messageId,
    name: "notes.txt", contentType: "text/plain", size: 6, verifiedAt: messageId ? new Date() : null,
  });
  const [sentFile, pendingFile] = await db.attachment.createManyAndReturn({
    data: [file(`${tag}sent`.replace(/[^a-z0-9]/gi, ""), users.targetMember.id, channelMessage!.id), file(`${tag}pending`.replace(/[^a-z0-9]/gi, ""), users.member.id, null)],
  });
  const resetToken = `${"r".repeat(43)}${tag}`.slice(-43);
  const verificationToken = `${"v".repeat(43)}${tag}`.slice(-43);
  const expiresAt = new Date(Date.now() + 3600_000);
  await db.userToken.createMany({
    data: [
      { userId: users.targetMember.id, purpose: "PASSWORD_RESET", tokenHash: hashToken(resetToken), expiresAt },
      { userId: users.unverifiedTarget.id, purpose: "EMAIL_VERIFICATION", tokenHash: hashToken(verificationToken), expiresAt },
    ],
  });

  // Every actor signs in before anything happens to their account, as in life.
  const signedIn = people.filter((p) => (ACTORS as readonly string[]).includes(p)) as Exclude<ActorName, "anonymous">[];
  const sessions = await db.session.createManyAndReturn({
    data: signedIn.map((person) => ({ userId: users[person].id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) })),
  });
  const sessionOf = Object.fromEntries(signedIn.map((person, i) => [person, sessions[i]!.id])) as Record<ActorName, string | undefined>;
  // …and signs in an API client too: a refresh token family each, whose access token the API rows send.
  const families = signedIn.map((person) => ({ person, familyId: `${tag}${person}`.toLowerCase() }));
  const refreshToken = `${tag}-refresh`; // targetMember's, for /auth/refresh and /auth/revoke
  await db.refreshToken.createMany({
    data: [
      ...families.map(({ person, familyId }) => ({ userId: users[person].id, familyId, tokenHash: hashToken(`${familyId}-raw`), expiresAt: new Date(Date.now() + 86_400_000) })),
      { userId: users.targetMember.id, familyId: `${tag}target`, tokenHash: hashToken(refreshToken), expiresAt: new Date(Date.now() + 86_400_000) },
    ],
  });
  const accessTokens = await Promise.all(families.map(({ person, familyId }) => signAccessToken({ userId: users[person].id, familyId })));
  const apiTokenOf = Object.fromEntries(families.map(({ person }, i) => [person, accessTokens[i]])) as Record<ActorName, string | undefined>;
  await db.user.update({ where: { id: users.suspended.id }, data: { status: "SUSPENDED" } });
  await db.user.delete({ where: { id: users.deleted.id } }); // its session row goes with it: the cookie names nothing

  return {
    tag,
    visibility,
    users,
    server,
    general,
    second,
    privateChannel,
    deletedChannel,
    invite: server.invites[0]!,
    category: category!,
    otherCategory: otherCategory!,
    thread,
    requestThread,
    channelMessage: channelMessage!,
    threadMessage: threadMessage!,
    privateMessage: privateMessage!,
    linkPreview,
    channelReport: channelReport!,
    threadReport: threadReport!,
    upload,
    sentFile: sentFile!,
    pendingFile: pendingFile!,
    resetToken,
    verificationToken,
    refreshToken,
    sessionOf,
    apiTokenOf,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Runs `fn` as a request from `actor`'s browser (its own IP address, so per-IP limits never cross cells). */
export function asActor<T>(world: World, actor: ActorName, fn: () => T): T {
  return runInRequest({ sessionId: world.sessionOf[actor], headers: new Headers({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}-${unique()}` }) }, fn);
}

/**
 * Everything in the database that belongs to the world, to prove that a refusal changed nothing
 * (one query). Left out: columns that reading may touch (lastSeenAt, lastUsedAt, updatedAt) and
 * the counters kept by triggers.
 */
export async function snapshotWorld(w: World): Promise<unknown> {
  const users = Object.values(w.users).map((u) => u.id);
  const conversations = [w.general.conversationId, w.second.conversationId, w.privateChannel.conversationId, w.thread.conversationId];
  // Not their positions: reordering (by an admin, in any test) moves every category.
  const categories = [w.category.id, w.otherCategory.id];
  const rows = await db.$queryRaw<{ snapshot: unknown }[]>`
    WITH servers AS (
      SELECT id FROM "Server" WHERE id = ${w.server.id} OR "ownerId" = ANY(${users}) OR name LIKE ${w.tag + "%"}
    ), threads AS (
      SELECT DISTINCT "threadId" AS id FROM "ThreadParticipant" WHERE "userId" = ANY(${users})
    )
    SELECT json_build_object(
      'users', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, email, username, "fullName", image, "passwordHash", "emailVerifiedAt", role, status, "messagePolicy" FROM "User" WHERE id = ANY(${users})) x),
      'sessions', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "expiresAt" FROM "Session" WHERE "userId" = ANY(${users})) x),
      'tokens', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, purpose, email, "usedAt" FROM "UserToken" WHERE "userId" = ANY(${users})) x),
      'refreshTokens', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "revokedAt" FROM "RefreshToken" WHERE "userId" = ANY(${users})) x),
      'uploads', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "ownerId" FROM "Upload" WHERE "ownerId" = ANY(${users})) x),
      'attachments', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "messageId", "verifiedAt", alt FROM "Attachment" WHERE "uploaderId" = ANY(${users}) OR "conversationId" = ANY(${conversations})) x),
      'servers', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, name, slug, description, icon, visibility, "linkPreviews", "ownerId", "categoryId" FROM "Server" WHERE id IN (SELECT id FROM servers)) x),
      'channels', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "serverId", name, slug, topic, position, "slowModeSeconds", private FROM "Channel" WHERE "serverId" IN (SELECT id FROM servers)) x),
      'members', (SELECT json_agg(x ORDER BY x."serverId", x."userId") FROM (SELECT "serverId", "userId", role, banned, "timedOutUntil" FROM "ServerMember" WHERE "serverId" IN (SELECT id FROM servers) OR "userId" = ANY(${users})) x),
      'channelMembers', (SELECT json_agg(x ORDER BY x."channelId", x."userId") FROM (SELECT "channelId", "userId" FROM "ChannelMember" WHERE "serverId" IN (SELECT id FROM servers)) x),
      'invites', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "revokedAt", uses FROM "Invite" WHERE "serverId" IN (SELECT id FROM servers)) x),
      'categories', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, name, slug FROM "Category" WHERE name LIKE ${w.tag + "%"} OR id = ANY(${categories})) x),
      'threads', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, title, "createdById", "anyoneManages" FROM "Thread" WHERE id IN (SELECT id FROM threads)) x),
      'participants', (SELECT json_agg(x ORDER BY x."threadId", x."userId") FROM (SELECT "threadId", "userId", "visibleFromSeq", status FROM "ThreadParticipant" WHERE "threadId" IN (SELECT id FROM threads)) x),
      'conversations', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, "lastSeq" FROM "Conversation" WHERE id = ANY(${conversations})) x),
      'messages', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, body, "deletedAt", "authorId", "linkPreviewId", "linkPreviewRemoved" FROM "Message" WHERE "conversationId" = ANY(${conversations}) OR "authorId" = ANY(${users})) x),
      'hidden', (SELECT json_agg(x ORDER BY x."userId", x."messageId") FROM (SELECT "userId", "messageId" FROM "MessageHidden" WHERE "userId" = ANY(${users})) x),
      'reactions', (SELECT json_agg(x ORDER BY x."messageId", x."userId", x.emoji) FROM (SELECT "messageId", "userId", emoji FROM "Reaction" WHERE "userId" = ANY(${users})) x),
      'pins', (SELECT json_agg(x ORDER BY x."messageId") FROM (SELECT "messageId", "pinnedById" FROM "Pin" WHERE "conversationId" = ANY(${conversations})) x),
      'notificationSettings', (SELECT json_agg(x ORDER BY x."userId", x."conversationId") FROM (SELECT "userId", "conversationId", level, "mutedUntil" FROM "NotificationSetting" WHERE "userId" = ANY(${users})) x),
      'serverNotificationSettings', (SELECT json_agg(x ORDER BY x."userId", x."serverId") FROM (SELECT "userId", "serverId", level, "mutedUntil" FROM "ServerNotificationSetting" WHERE "userId" = ANY(${users})) x),
      'receipts', (SELECT json_agg(x ORDER BY x."userId", x."conversationId") FROM (SELECT "userId", "conversationId", "deliveredSeq", "readSeq" FROM "Receipt" WHERE "userId" = ANY(${users})) x),
      'reports', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, status, "reporterId", "messageId" FROM "Report" WHERE "messageId" IN (SELECT id FROM "Message" WHERE "conversationId" = ANY(${conversations})) OR "reporterId" = ANY(${users})) x),
      'audit', (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id FROM "AuditLog" WHERE "actorId" = ANY(${users})) x)
    ) AS snapshot`;
  return rows[0]!.snapshot;
}
