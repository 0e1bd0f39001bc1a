import "server-only";
import { z } from "zod";
import { conversationAccess, type Actor } from "@/lib/access/conversation";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseChannelName, type PresenceUser } from "@/lib/realtime/catalogue";
import { signPresence, signPrivate } from "@/lib/realtime/server";

// Who may subscribe to which channel, for both signers: /api/realtime/auth (browser session) and
// /api/v1/realtime/auth (API bearer token). pusher-js posts socket_id and channel_name before
// joining a private or presence channel; we sign only what the user may read. Refusals are 403
// (Pusher's protocol expects it for a refused subscription, and tells the client nothing more).

export const subscriptionSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, "Invalid socket id").describe("From pusher-js (connection.socket_id)."),
  channel_name: z.string().min(1).max(164).describe("private-conversation-<id>, presence-conversation-<id>, private-server-<id> or private-user-<your id>."),
});
export type Subscription = z.output<typeof subscriptionSchema>;

export type Subscriber = Actor & PresenceUser;

/** Pusher's signature for the subscription, or a forbidden AppError. */
export async function authorizeSubscription(user: Subscriber, { socket_id: socketId, channel_name: channel }: Subscription) {
  const target = parseChannelName(channel);
  if (!target) throw refused();

  if (target.kind === "user") {
    if (target.id !== user.id) throw refused();
    return signPrivate(socketId, channel);
  }

  if (target.kind === "server") {
    // Members only (not banned): the events say which channels move, which readers of a public
    // server don't need.
    const member = await db.serverMember.findUnique({ where: { serverId_userId: { serverId: target.id, userId: user.id } }, select: { banned: true } });
    if (!member || member.banned) throw refused();
    return signPrivate(socketId, channel);
  }

  requireVerified(user);
  const access = await conversationAccess(user, target.id);
  if (!access) throw refused();

  if (target.kind === "presence") {
    // Joining would show the sender of a message request that it was opened.
    if (access.requested) throw refused();
    const info = { username: user.username, fullName: user.fullName, image: user.image };
    return signPresence(socketId, channel, user.id, info);
  }
  return signPrivate(socketId, channel);
}

function refused() {
  return new AppError("forbidden", "Subscription refused.");
}
