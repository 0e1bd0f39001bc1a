import pg from "pg";

// Counts the SQL statements this process sends while `fn` runs (through any pg client: the app's
// Prisma adapter and plain pools alike), to say how much database work a code path does.

export async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count++;
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    prototype.query = original;
  }
  return count;
}
