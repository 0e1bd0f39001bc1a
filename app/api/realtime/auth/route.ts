import { z } from "zod";
import { conversationAccess } from "@/lib/access/conversation";
import { getCurrentUser } from "@/lib/auth/session";
import { jsonError } from "@/lib/http";
import { parseChannelName } from "@/lib/realtime/catalogue";
import { signPresence, signPrivate } from "@/lib/realtime/server";

// pusher-js posts here (form-encoded socket_id + channel_name) before joining a private or
// presence channel. We sign only what the signed-in user may read; anything else is a 403
// (Pusher's protocol expects 403 for a refused subscription, and tells the client nothing more).

const subscriptionSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, "Invalid socket id"),
  channel_name: z.string().min(1).max(164),
});

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return jsonError("unauthorized", "Please sign in to continue.");

  const parsed = subscriptionSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return jsonError("validation", "Invalid subscription request.");
  const { socket_id: socketId, channel_name: channel } = parsed.data;

  const target = parseChannelName(channel);
  if (!target) return jsonError("forbidden", "Subscription refused.");

  if (target.kind === "user") {
    if (target.id !== user.id) return jsonError("forbidden", "Subscription refused.");
    return Response.json(signPrivate(socketId, channel));
  }

  if (!user.emailVerifiedAt) return jsonError("forbidden", "Verify your email address to join conversations.");
  const access = await conversationAccess(user, target.id);
  if (!access) return jsonError("forbidden", "Subscription refused.");

  if (target.kind === "presence") {
    const info = { username: user.username, fullName: user.fullName, image: user.image };
    return Response.json(signPresence(socketId, channel, user.id, info));
  }
  return Response.json(signPrivate(socketId, channel));
}
