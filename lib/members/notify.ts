import "server-only";
import { publish } from "@/lib/realtime/server";

/** Tells the user's open tabs that they were removed or banned, so pages of that server close. */
export function notifyMembershipEnded(userId: string, serverId: string, reason: "removed" | "banned") {
  return publish("user", userId, "membership.ended", { serverId, reason });
}
