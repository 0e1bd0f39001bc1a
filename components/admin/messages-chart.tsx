import { format, parseISO } from "date-fns";
import type { DailyCount } from "@/lib/admin/dashboard";

const WIDTH = 600;
const HEIGHT = 160;
const GAP = 4;

/** Messages per day as bars: an inline SVG that scales to its box, with a table for screen readers. */
export function MessagesChart({ days }: { days: DailyCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const barWidth = WIDTH / days.length - GAP;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const label = (d: DailyCount) => `${format(parseISO(d.day), "MMM d")}: ${d.count.toLocaleString("en")} message${d.count === 1 ? "" : "s"}`;
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} className="h-auto w-full" role="img" aria-label={`Messages per day, last ${days.length} days: ${total.toLocaleString("en")} in all`}>
        <line x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} className="stroke-border" />
        {days.map((d, i) => {
          const height = d.count === 0 ? 0 : Math.max(2, (d.count / max) * (HEIGHT - 8));
          return (
            <rect key={d.day} x={i * (barWidth + GAP) + GAP / 2} y={HEIGHT - height} width={barWidth} height={height} rx={2} className="fill-accent">
              <title>{label(d)}</title>
            </rect>
          );
        })}
        {[0, Math.floor(days.length / 2), days.length - 1].map((i) => (
          <text key={i} x={i * (barWidth + GAP) + GAP / 2 + barWidth / 2} y={HEIGHT + 15} textAnchor={i === 0 ? "start" : i === days.length - 1 ? "end" : "middle"} className="fill-muted text-[11px]">
            {days[i] ? format(parseISO(days[i].day), "MMM d") : ""}
          </text>
        ))}
        <text x={WIDTH} y={10} textAnchor="end" className="fill-muted text-[11px]">
          max {max.toLocaleString("en")}
        </text>
      </svg>
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
