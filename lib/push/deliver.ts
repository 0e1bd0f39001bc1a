import "server-only";
import webpush from "web-push";
import { db } from "@/lib/db";
import { isDeliverableEndpoint, vapidConfig } from "@/lib/push/config";

// Sends one encrypted push to one device. web-push encrypts the payload (RFC 8291, aes128gcm) and
// signs the VAPID header; the request itself goes out with fetch (web-push's own sender only
// speaks https.request, and a timeout here keeps a stuck push service from holding the rest).

export type PushPayload = { title: string; body: string; url: string; tag: string };
export type StoredSubscription = { id: string; endpoint: string; p256dh: string; auth: string };
export type DeliveryOutcome = "sent" | "gone" | "failed";

/** A day: a notification about a message older than that is no longer news. */
const TTL_SECONDS = 24 * 60 * 60;
const TIMEOUT_MS = 10_000;

export async function deliverPush(subscription: StoredSubscription, payload: PushPayload): Promise<DeliveryOutcome> {
  const vapid = vapidConfig();
  if (!vapid || !isDeliverableEndpoint(subscription.endpoint)) return "failed";
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    { vapidDetails: vapid, TTL: TTL_SECONDS, urgency: "high", contentEncoding: "aes128gcm" },
  );
  let status: number;
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : undefined,
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    status = response.status;
    await response.body?.cancel();
  } catch (error) {
    console.error(`web push to ${new URL(subscription.endpoint).origin} failed:`, error);
    return "failed";
  }
  // 404 and 410: the browser unsubscribed or the subscription expired; it will never work again.
  if (status === 404 || status === 410) {
    await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
    return "gone";
  }
  if (status < 200 || status >= 300) {
    console.error(`web push to ${new URL(subscription.endpoint).origin} answered ${status}`);
    return "failed";
  }
  return "sent";
}
