import { describe, expect, it } from "vitest";
import { dashboardStats } from "@/lib/admin/dashboard";
import { db } from "@/lib/db";
import { createServer, createUser } from "../../support/factories";
import { ISOLATED_TEST_TIMEOUT_MS, withIsolatedDatabase } from "../../support/isolated-database";

describe("admin dashboard", () => {
  it("counts users, verified, active in 24 h, servers, channels, today's messages and 30 days of messages", { timeout: ISOLATED_TEST_TIMEOUT_MS }, async () => {
    await withIsolatedDatabase(async () => {
      const now = new Date("2026-03-15T12:00:00Z");
      const owner = await createUser();
      await db.user.update({ where: { id: owner.id }, data: { lastSeenAt: new Date("2026-03-15T01:00:00Z") } });
      const unverified = await createUser({ verified: false });
      await db.user.update({ where: { id: unverified.id }, data: { lastSeenAt: new Date("2026-03-13T12:00:00Z") } });
      await createUser(); // never seen
      const server = await createServer(owner);
      const conversationId = server.channels[0]!.conversationId;
      const at = ["2026-03-15T00:00:00Z", "2026-03-15T11:59:00Z", "2026-03-14T23:59:59Z", "2026-02-14T00:00:00Z", "2026-02-13T23:00:00Z"];
      for (const [i, createdAt] of at.entries()) {
        await db.message.create({ data: { conversationId, seq: i + 1, authorId: owner.id, clientId: `c${i}`, body: "x", createdAt: new Date(createdAt) } });
      }
      const stats = await dashboardStats(now);
      expect(stats).toMatchObject({ users: 3, verifiedUsers: 2, activeUsers: 1, servers: 1, channels: 1, messagesToday: 2 });
      expect(stats.messagesPerDay).toHaveLength(30);
      expect(stats.messagesPerDay[0]).toEqual({ day: "2026-02-14", count: 1 }); // the 13th is outside the window
      expect(stats.messagesPerDay.at(-2)).toEqual({ day: "2026-03-14", count: 1 });
      expect(stats.messagesPerDay.at(-1)).toEqual({ day: "2026-03-15", count: 2 });
      expect(stats.messagesPerDay.reduce((sum, d) => sum + d.count, 0)).toBe(4);
    });
  });
});
