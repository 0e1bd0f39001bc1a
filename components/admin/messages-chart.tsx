import { format, parseISO } from "date-fns";
import type { DailyCount } from "@/lib/admin/dashboard";

const WIDTH = 300;
const HEIGHT = 100;
const GAP = 2;

/**
 * Messages per day as bars: an inline SVG stretched to its box (labels are HTML so they keep their
 * size), with a table for screen readers.
 */
export function MessagesChart({ days }: { days: DailyCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const barWidth = WIDTH / days.length - GAP;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const label = (d: DailyCount) => `${format(parseISO(d.day), "MMM d")}: ${d.count.toLocaleString("en")} message${d.count === 1 ? "" : "s"}`;
  const ticks = [days[0], days[Math.floor(days.length / 2)], days.at(-1)];
  return (
    <figure>
      <div className="flex gap-2">
        <div className="flex h-40 flex-col justify-between text-right text-xs tabular-nums text-muted" aria-hidden>
          <span>{max.toLocaleString("en")}</span>
          <span>0</span>
        </div>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-40 min-w-0 flex-1 border-b border-border"
          role="img"
          aria-label={`Messages per day over the last ${days.length} days: ${total.toLocaleString("en")} in all`}
        >
          {days.map((d, i) => {
            const height = d.count === 0 ? 0 : Math.max(1, (d.count / max) * HEIGHT);
            return (
              <rect key={d.day} x={i * (barWidth + GAP) + GAP / 2} y={HEIGHT - height} width={barWidth} height={height} className="fill-accent">
                <title>{label(d)}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <div className="mt-1 flex justify-between pl-8 text-xs text-muted" aria-hidden>
        {ticks.map((d, i) => (
          <span key={i}>{d ? format(parseISO(d.day), "MMM d") : ""}</span>
        ))}
      </div>
      <table className="sr-only">
        <caption>Messages per day</caption>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{format(parseISO(d.day), "MMMM d")}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
