/** Someone whose app has sent a heartbeat this recently counts as online. */
export const ONLINE_WINDOW_MS = 2 * 60_000;
/** How often an open app says it is still there. */
export const HEARTBEAT_INTERVAL_MS = 60_000;

export function seenRecently(lastSeenAt: string | Date | null, now = Date.now()): boolean {
  return lastSeenAt !== null && now - new Date(lastSeenAt).getTime() < ONLINE_WINDOW_MS;
}
