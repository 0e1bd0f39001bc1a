import "server-only";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { isDeliverableEndpoint, vapidConfig } from "@/lib/push/config";
import type { PushEndpointInput, PushSubscriptionInput } from "@/lib/zod/push";

/** Devices one person may have subscribed; subscribing another drops the oldest. */
export const MAX_PUSH_SUBSCRIPTIONS = 20;

/** What a browser needs to subscribe: the server's VAPID public key (null: push is not set up here). */
export function pushConfig(): { publicKey: string | null } {
  return { publicKey: vapidConfig()?.publicKey ?? null };
}

/**
 * Stores this device's subscription for the actor. The same endpoint subscribed again (new keys,
 * or another account signed in on that browser) replaces the old row.
 */
export async function subscribePush(actor: { id: string }, { endpoint, keys }: PushSubscriptionInput): Promise<void> {
  if (!vapidConfig()) throw new AppError("conflict", "Push notifications aren't set up on this server.");
  if (!isDeliverableEndpoint(endpoint)) throw fieldError("endpoint", "That isn't a browser push service we deliver to.");
  await db.$transaction(async (tx) => {
    await tx.pushSubscription.upsert({
      where: { endpoint },
      create: { userId: actor.id, endpoint, p256dh: keys.p256dh, auth: keys.auth },
      update: { userId: actor.id, p256dh: keys.p256dh, auth: keys.auth, createdAt: new Date() },
    });
    const beyond = await tx.pushSubscription.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, skip: MAX_PUSH_SUBSCRIPTIONS, select: { id: true } });
    if (beyond.length > 0) await tx.pushSubscription.deleteMany({ where: { id: { in: beyond.map((row) => row.id) } } });
  });
}

/** Forgets this device's subscription (only the actor's own: another person's endpoint is left alone). */
export async function unsubscribePush(actor: { id: string }, { endpoint }: PushEndpointInput): Promise<void> {
  await db.pushSubscription.deleteMany({ where: { endpoint, userId: actor.id } });
}
