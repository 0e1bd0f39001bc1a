import { hashPassword } from "@/lib/auth/password";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { db } from "@/lib/db";
import type { MemberRole, Role, UserStatus, Visibility } from "@/generated/prisma/client";
import { runInRequest, setDefaultRequest } from "./request-context";

// Test data, created fresh by each test (unique names), so tests can run in any order and in
// parallel against one database.

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;
let counter = 0;

export function unique(prefix = "t"): string {
  return `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export type UserOptions = { verified?: boolean; role?: Role; status?: UserStatus; fullName?: string; email?: string; username?: string };

export async function createUser(options: UserOptions = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const name = unique("u");
  return db.user.create({
    data: {
      email: options.email ?? `${name}@example.test`,
      username: options.username ?? name,
      fullName: options.fullName ?? `Test ${name}`,
      passwordHash: await passwordHash,
      emailVerifiedAt: options.verified === false ? null : new Date(),
      role: options.role ?? "USER",
      status: options.status ?? "ACTIVE",
    },
  });
}

export type TestUser = Awaited<ReturnType<typeof createUser>>;

/** A signed-in browser for `user`: a real session row, as the sign-in flow would create. */
export async function signInAs(user: { id: string }, headers: HeadersInit = {}) {
  const session = await db.session.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  const context = { sessionId: session.id, headers: new Headers({ "x-forwarded-for": "203.0.113.10", ...headers }) };
  return {
    sessionId: session.id,
    /** Runs fn as a request from this session (safe to use concurrently for several users). */
    run: <T>(fn: () => T): T => runInRequest(context, fn),
    /** Makes this session the default for the rest of the test. */
    use: () => setDefaultRequest(context),
  };
}

/** A new user, signed in: `const alice = await actor(); await alice.run(() => someAction(input))`. */
export async function actor(options: UserOptions = {}) {
  const user = await createUser(options);
  return { user, ...(await signInAs(user)) };
}

export type Actor = Awaited<ReturnType<typeof actor>>;

export async function createCategory() {
  const name = unique("cat");
  return db.category.create({ data: { name, slug: name } });
}

/**
 * A server with one channel ("general") and its owner, plus optional members (memberCount follows
 * by trigger), in a new category of its own unless `category` is given.
 */
export async function createServer(
  owner: { id: string },
  options: { visibility?: Visibility; name?: string; members?: [{ id: string }, MemberRole][]; category?: { id: string } } = {},
) {
  const category = options.category ?? (await createCategory());
  const slug = unique("srv");
  const members = [[owner, "OWNER"] as [{ id: string }, MemberRole], ...(options.members ?? [])];
  return db.server.create({
    data: {
      name: options.name ?? `Server ${slug}`,
      slug,
      visibility: options.visibility ?? "PUBLIC",
      ownerId: owner.id,
      categoryId: category.id,
      members: { create: members.map(([user, role]) => ({ userId: user.id, role })) },
      channels: { create: [{ name: "general", slug: "general", conversation: { create: {} } }] },
    },
    include: { channels: true },
  });
}

/** A direct thread between the given users. */
export async function createThread(users: { id: string }[]) {
  return db.thread.create({
    data: {
      conversation: { create: {} },
      directKey: users.length === 2 ? users.map((u) => u.id).sort().join(":") : null,
      participants: { create: users.map((u) => ({ userId: u.id })) },
    },
  });
}

/** Adds `user` to a server (banned: as a banned former member). */
export async function addMember(server: { id: string }, user: { id: string }, role: MemberRole = "MEMBER", banned = false) {
  return db.serverMember.create({ data: { serverId: server.id, userId: user.id, role, banned, bannedAt: banned ? new Date() : null } });
}

/** A channel added to a server, with its conversation. */
export async function createChannel(server: { id: string }, name = unique("ch"), position = 1) {
  return db.channel.create({ data: { server: { connect: { id: server.id } }, name, slug: name, position, conversation: { create: {} } } });
}

/** `count` messages by `authorId` in one statement, seqs 1..count, a second apart (100,000 in a few seconds). */
export async function fillConversation(conversationId: string, authorId: string, count: number) {
  await db.$executeRaw`
    INSERT INTO "Message" ("id", "conversationId", "seq", "authorId", "clientId", "body", "createdAt", "updatedAt")
    SELECT 'fill' || ${conversationId} || 'x' || s, ${conversationId}, s, ${authorId}, 'fill-' || ${conversationId} || '-' || s, 'message ' || s,
      now() - make_interval(secs => ${count} - s), now()
    FROM generate_series(1, ${count}) AS s`;
  await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: count, lastMessageAt: new Date() } });
}
