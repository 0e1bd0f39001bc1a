import "server-only";
import { publication, publishAfterResponse } from "@/lib/realtime/server";

/**
 * Tells people whose right to read a private channel changed: their open tabs refresh the sidebar,
 * and a tab showing the channel to someone who lost it leaves it (the page answers 404 then).
 */
export function notifyChannelAccess(channel: { serverId: string; conversationId: string }, userIds: string[], canRead: boolean) {
  if (userIds.length === 0) return;
  publishAfterResponse(userIds.map((userId) => publication("user", userId, "channel.access", { ...channel, canRead })));
}
