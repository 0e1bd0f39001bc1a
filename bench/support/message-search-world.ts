import type pg from "pg";

// Message search data: 100 public servers of 10 channels (1,000 conversations), messages spread
// evenly over them, a reader who is a member of 5 servers (50 conversations) and 20 authors.
// Bodies are 4–12 words drawn on the same skewed distribution as the room benchmark's words; the
// database generates each message's search vector as the app's inserts would.

export const CONVERSATIONS = 1_000;
export const READER_CONVERSATIONS = 50;
const CHANNELS_PER_SERVER = 10;
const AUTHORS = 20;

export async function insertMessageWorld(db: pg.Pool, words: string[], messages: number) {
  const client = await db.connect();
  try {
    await client.query(`SELECT setseed(0.42)`);
    await client.query(
      `INSERT INTO "User"("id", "email", "username", "fullName", "passwordHash", "emailVerifiedAt", "updatedAt")
       SELECT 'mu' || i, 'mu' || i || '@bench.test', 'mu' || i, 'Message Author ' || i, 'none', now(), now() FROM generate_series(0, $1::int) i`,
      [AUTHORS],
    );
    await client.query(`INSERT INTO "Category"("id", "name", "slug") VALUES ('mcat', 'Message bench', 'mcat')`);
    const servers = CONVERSATIONS / CHANNELS_PER_SERVER;
    await client.query(
      `INSERT INTO "Server"("id", "name", "slug", "ownerId", "categoryId", "updatedAt")
       SELECT 'ms' || i, 'Message server ' || i, 'ms-' || i, 'mu1', 'mcat', now() FROM generate_series(0, $1::int - 1) i`,
      [servers],
    );
    await client.query(`INSERT INTO "Conversation"("id") SELECT 'mc' || i FROM generate_series(0, $1::int - 1) i`, [CONVERSATIONS]);
    await client.query(
      `INSERT INTO "Channel"("id", "serverId", "conversationId", "name", "slug", "position")
       SELECT 'mh' || i, 'ms' || (i / $2), 'mc' || i, 'channel ' || (i % $2), 'channel-' || (i % $2), i % $2 FROM generate_series(0, $1::int - 1) i`,
      [CONVERSATIONS, CHANNELS_PER_SERVER],
    );
    // mu0 is the reader: a member of the first READER_CONVERSATIONS / 10 servers.
    await client.query(
      `INSERT INTO "ServerMember"("serverId", "userId") SELECT 'ms' || i, 'mu0' FROM generate_series(0, $1::int - 1) i`,
      [READER_CONVERSATIONS / CHANNELS_PER_SERVER],
    );
    // The index is built once after the bulk insert (as a restore would), not row by row.
    await client.query(`DROP INDEX "Message_searchVector_idx"`);
    const word = `w[floor(power(array_length(w, 1) + 1, random()))::int]`;
    // ORDER BY k makes string_agg the inner query's: its argument names only the outer `w`, which
    // would make it an aggregate of the outer SELECT.
    await client.query(
      `INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "createdAt", "updatedAt")
       SELECT 'mm' || i, 'mc' || (i % $2), i / $2 + 1, 'mu' || (1 + i % $3), 'mm' || i,
              (SELECT string_agg(${word}, ' ' ORDER BY k) FROM generate_series(1, 4 + (i * 7) % 9) k),
              timestamp '2026-01-01' + (i::float / $1) * interval '330 days', now()
       FROM generate_series(0, $1::int - 1) i, (SELECT $4::text[] AS w) words`,
      [messages, CONVERSATIONS, AUTHORS, words],
    );
    await client.query(`CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector")`);
  } finally {
    client.release();
  }
}
