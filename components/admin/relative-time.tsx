import { format, formatDistanceToNowStrict } from "date-fns";

/** "3 hours ago", with the exact time on hover and for machines. */
export function RelativeTime({ date, empty = "—" }: { date: Date | null; empty?: string }) {
  if (!date) return <span className="text-muted">{empty}</span>;
  return (
    // The server and the browser may render a moment apart ("5 seconds ago" vs "6 seconds ago").
    <time dateTime={date.toISOString()} title={format(date, "PPpp")} suppressHydrationWarning>
      {formatDistanceToNowStrict(date, { addSuffix: true })}
    </time>
  );
}
