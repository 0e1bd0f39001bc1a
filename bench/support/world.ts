import { encode } from "next-auth/jwt";
import pg from "pg";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { BENCH_AUTH_SECRET } from "./services";

// Benchmark data, inserted in bulk with plain SQL (thousands of rows in a few statements), shaped
// exactly like what the app creates; and real sign-ins for those users: session rows with the
// cookie Auth.js would set, or API token pairs from the app's own token service.

export const SESSION_COOKIE = "authjs.session-token"; // the name over http (APP_URL is http here)

export function connect(url: string, max = 4) {
  return new pg.Pool({ connectionString: url, max });
}

/** `count` verified users with ids `<prefix>1` … `<prefix><count>`. */
export async function createUsers(db: pg.Pool, prefix: string, count: number): Promise<string[]> {
  await db.query(
    `INSERT INTO "User"("id", "email", "username", "fullName", "passwordHash", "emailVerifiedAt", "updatedAt")
     SELECT $1 || i, $1 || i || '@bench.test', $1 || i, 'Bench User ' || i, 'none: bench users sign in through sessions', now(), now()
     FROM generate_series(1, $2::int) i`,
    [prefix, count],
  );
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}

export async function createCategory(db: pg.Pool, slug: string): Promise<string> {
  await db.query(`INSERT INTO "Category"("id", "name", "slug") VALUES ($1, $2, $1)`, [slug, `Bench ${slug}`]);
  return slug;
}

/** A public server with `channels` channels (ids `<id>c<n>`, ids as the app makes them: letters and digits) and members (the first one owns it). */
export async function createServer(db: pg.Pool, { id, categoryId, members, channels }: { id: string; categoryId: string; members: string[]; channels: number }) {
  const channelIds = Array.from({ length: channels }, (_, i) => `${id}c${i + 1}`);
  await db.query(
    `INSERT INTO "Server"("id", "name", "slug", "description", "ownerId", "categoryId", "updatedAt")
     VALUES ($1, 'Bench ' || $1, $1, 'A benchmark community', $2, $3, now())`,
    [id, members[0], categoryId],
  );
  await db.query(`INSERT INTO "Conversation"("id") SELECT unnest($1::text[])`, [channelIds]);
  await db.query(
    `INSERT INTO "Channel"("id", "serverId", "conversationId", "name", "slug", "position")
     SELECT c, $1, c, 'channel ' || n, 'channel-' || n, n FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n)`,
    [id, channelIds],
  );
  await db.query(
    `INSERT INTO "ServerMember"("serverId", "userId", "role")
     SELECT $1, u, CASE WHEN n = 1 THEN 'OWNER' ELSE 'MEMBER' END::"MemberRole" FROM unnest($2::text[]) WITH ORDINALITY AS t(u, n)`,
    [id, members],
  );
  return { serverId: id, conversationIds: channelIds };
}

/** Signs each user in as the sign-in form would: a Session row and the matching session cookie. */
export async function sessionCookies(db: pg.Pool, userIds: string[]): Promise<string[]> {
  const sessionIds = userIds.map((id) => `s${id}`);
  await db.query(
    `INSERT INTO "Session"("id", "userId", "expiresAt") SELECT unnest($1::text[]), unnest($2::text[]), now() + make_interval(secs => $3)`,
    [sessionIds, userIds, SESSION_MAX_AGE_SECONDS],
  );
  return Promise.all(
    userIds.map(async (userId, i) => {
      const token = await encode({ token: { sub: userId, sid: sessionIds[i] }, secret: BENCH_AUTH_SECRET, salt: SESSION_COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
      return `${SESSION_COOKIE}=${token}`;
    }),
  );
}

/**
 * API access tokens from the app's token service (what POST /api/v1/auth/token returns after the
 * password check, which is skipped: bcrypt for thousands of users would take minutes).
 * Needs the app's environment in process.env (see appEnv).
 */
export async function apiTokens(userIds: string[]): Promise<string[]> {
  const { issueTokenPair } = await import("@/lib/api/refresh-tokens");
  const tokens: string[] = [];
  for (let i = 0; i < userIds.length; i += 8) {
    const pairs = await Promise.all(userIds.slice(i, i + 8).map((id) => issueTokenPair(id)));
    tokens.push(...pairs.map((pair) => pair.access));
  }
  return tokens;
}

/** Makes this process's view of the environment the app's, for in-process calls into lib/. */
export function useAppEnv(env: Record<string, string>) {
  Object.assign(process.env, { AUTH_SECRET: BENCH_AUTH_SECRET, ...env });
}
