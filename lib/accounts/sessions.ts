import { db, type Prisma } from "@/lib/db";

type Client = Prisma.TransactionClient | typeof db;

/**
 * Signs `userId` out everywhere (optionally except the session making the request): browser
 * sessions end at their next request (their rows are gone) and API refresh tokens stop working.
 */
export async function revokeSessions(userId: string, { except }: { except?: string } = {}, client: Client = db): Promise<void> {
  await client.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  await client.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
