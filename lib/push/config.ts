import "server-only";
import { env } from "@/lib/env";

// Web Push (VAPID) configuration and where the server may deliver. A subscription's endpoint is a
// URL the browser hands us; delivering to any URL would let a script make the server POST to
// internal addresses, so only the browsers' own push services (and origins the operator lists in
// PUSH_SERVICE_ORIGINS, as the tests do for their local push service) are accepted.

export type VapidConfig = { publicKey: string; privateKey: string; subject: string };

/** The VAPID keys, or null when push is not configured (no notifications are sent then). */
export function vapidConfig(): VapidConfig | null {
  const e = env();
  if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY) return null;
  const subject = e.VAPID_SUBJECT ?? (e.APP_URL.startsWith("https://") ? e.APP_URL : "mailto:admin@localhost");
  return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject };
}

/** Chrome and most Chromium browsers (FCM), Firefox (Mozilla autopush), Edge (WNS), Safari (Apple). */
const BROWSER_PUSH_HOSTS = ["fcm.googleapis.com", "push.services.mozilla.com", "notify.windows.com", "push.apple.com"];

export function isDeliverableEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const extra = env().PUSH_SERVICE_ORIGINS.split(",").map((origin) => origin.trim()).filter(Boolean);
  if (extra.includes(url.origin)) return true;
  return url.protocol === "https:" && url.port === "" && BROWSER_PUSH_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}
