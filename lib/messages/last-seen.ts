import { differenceInSeconds, formatDistanceStrict } from "date-fns";

/** "Online", "Last seen just now", "Last seen 5 minutes ago", or "Offline" when we never saw them. */
export function lastSeenLabel(online: boolean, lastSeenAt: number | null, now: number): string {
  if (online) return "Online";
  if (lastSeenAt === null || now === 0) return "Offline";
  if (differenceInSeconds(now, lastSeenAt) < 60) return "Last seen just now";
  return `Last seen ${formatDistanceStrict(lastSeenAt, now, { addSuffix: true })}`;
}
