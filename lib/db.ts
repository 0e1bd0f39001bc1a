import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { parseEnv } from "@/lib/env";

// The one Prisma client, created on first use: importing this module (as `next build` does
// while collecting page data) needs no DATABASE_URL. Reused across hot reloads in development.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.prisma) {
    const adapter = new PrismaPg({ connectionString: parseEnv(process.env, ["DATABASE_URL"]).DATABASE_URL, max: 10 });
    // Prisma's defaults (2 s to get a connection, 5 s to finish) fail deletes that cascade through
    // a server's conversations while the pool is busy.
    globalForDb.prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
  }
  return globalForDb.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

export type { Prisma } from "@/generated/prisma/client";
