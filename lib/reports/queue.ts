import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Where the queue is read: one server's (its staff, platform admins) or the whole platform's (platform admins). */
export type ReportScope = { serverId: string } | { platform: true };

/**
 * The open reports in a scope, newest first (the first 100). Each carries the reported message and nothing else
 * of its conversation: a direct thread's other messages stay unreadable to whoever handles it.
 */
export async function openReports(actor: Actor, scope: ReportScope) {
  if ("serverId" in scope) await requireServer(actor, scope.serverId, can.moderate, "Only the owner and moderators see this server's reports.");
  else if (actor.role !== "ADMIN") throw notFound("Page");
  const reports = await db.report.findMany({
    where: { status: "OPEN", ...("serverId" in scope ? { serverId: scope.serverId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      reason: true,
      details: true,
      createdAt: true,
      reporter: { select: { username: true, fullName: true } },
      message: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          deletedAt: true,
          author: { select: { id: true, username: true, fullName: true } },
          conversation: { select: { channel: { select: { name: true, slug: true, server: { select: { name: true, slug: true } } } } } },
        },
      },
    },
  });
  return reports.map(({ message: { conversation, ...message }, ...report }) => ({
    ...report,
    message,
    place: conversation.channel ? { kind: "channel" as const, channelName: conversation.channel.name, channelSlug: conversation.channel.slug, serverName: conversation.channel.server.name, serverSlug: conversation.channel.server.slug } : { kind: "thread" as const },
  }));
}

export type OpenReport = Awaited<ReturnType<typeof openReports>>[number];
