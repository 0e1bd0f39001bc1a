import { formatDistanceToNowStrict } from "date-fns";

/** Why a timed-out member can't post, and for how long. */
export function timedOutText(until: Date): string {
  return `You're timed out in this server: you can post again in ${formatDistanceToNowStrict(until)}.`;
}
