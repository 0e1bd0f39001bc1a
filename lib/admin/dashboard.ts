import "server-only";
import { subDays } from "date-fns";
import { db } from "@/lib/db";

export type DailyCount = { day: string; count: number }; // day: YYYY-MM-DD (UTC)

export type DashboardStats = {
  users: number;
  verifiedUsers: number;
  activeUsers: number; // seen (or signed in) in the last 24 hours
  servers: number;
  channels: number;
  messagesToday: number; // since midnight UTC
  messagesPerDay: DailyCount[]; // the last 30 days, oldest first, today last
};

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export async function dashboardStats(now = new Date()): Promise<DashboardStats> {
  const today = startOfUtcDay(now);
  const firstDay = subDays(today, 29);
  const [users, verifiedUsers, activeUsers, servers, channels, messagesToday, rows] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { emailVerifiedAt: { not: null } } }),
    // lastSeenAt is refreshed every few minutes of use; a session opened since counts too.
    db.user.count({ where: { OR: [{ lastSeenAt: { gte: subDays(now, 1) } }, { sessions: { some: { lastUsedAt: { gte: subDays(now, 1) } } } }] } }),
    db.server.count(),
    db.channel.count(),
    db.message.count({ where: { createdAt: { gte: today } } }),
    // "createdAt" is a UTC timestamp without zone, so date_trunc gives UTC days.
    db.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, count(*)::int AS count
      FROM "Message" WHERE "createdAt" >= ${firstDay}
      GROUP BY 1`,
  ]);
  const counts = new Map(rows.map((row) => [row.day, row.count]));
  const messagesPerDay = Array.from({ length: 30 }, (_, i) => {
    const day = new Date(firstDay.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
  return { users, verifiedUsers, activeUsers, servers, channels, messagesToday, messagesPerDay };
}
