import "server-only";
import { db } from "@/lib/db";
import { HEARTBEAT_INTERVAL_MS } from "@/lib/messages/presence";

/** Records that the user's app is open ("last seen …"); at most one write per half interval. */
export async function recordHeartbeat(actor: { id: string }): Promise<void> {
  const now = new Date();
  await db.user.updateMany({
    where: { id: actor.id, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: new Date(now.getTime() - HEARTBEAT_INTERVAL_MS / 2) } }] },
    data: { lastSeenAt: now },
  });
}
