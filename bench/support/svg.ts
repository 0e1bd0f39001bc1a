// A small line-chart generator for the benchmark reports: axes with ticks (linear or log10),
// one polyline per series, optional horizontal guide lines (targets), a legend. Plain SVG, no
// dependencies, readable on GitHub's light and dark themes (drawn on its own white background).

export type Series = { name: string; points: [number, number][]; dashed?: boolean };
export type Guide = { y: number; label: string };

export type Chart = {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  guides?: Guide[];
  logX?: boolean;
  logY?: boolean;
  /** Upper bound of the y axis (values above it are clipped to the edge). */
  yMax?: number;
  width?: number;
  height?: number;
};

const COLORS = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2"];
const MARGIN = { top: 40, right: 20, bottom: 50, left: 64 };

export function lineChart(chart: Chart): string {
  const width = chart.width ?? 720;
  const plotW = width - MARGIN.left - MARGIN.right;
  const legend = legendLayout(chart.series, plotW);
  const height = chart.height ?? 360 + 22 * legend.rows;
  const plotH = height - MARGIN.top - MARGIN.bottom - 22 * legend.rows;
  const all = chart.series.flatMap((s) => s.points);
  const xs = all.map(([x]) => x);
  const ys = [...all.map(([, y]) => y), ...(chart.guides ?? []).map((g) => g.y)];
  const xAxis = axis(Math.min(...xs), Math.max(...xs), chart.logX);
  const yAxis = axis(chart.logY ? Math.min(...ys) : 0, chart.yMax ?? Math.max(...ys), chart.logY);
  const px = (x: number) => MARGIN.left + xAxis.scale(x) * plotW;
  const py = (y: number) => MARGIN.top + plotH - Math.min(1, Math.max(0, yAxis.scale(y))) * plotH;

  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">${escape(chart.title)}</text>`,
  ];
  for (const tick of xAxis.ticks) {
    const x = px(tick).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${x}" y="${MARGIN.top + plotH + 16}" text-anchor="middle" font-size="11">${label(tick)}</text>`);
  }
  for (const tick of yAxis.ticks) {
    const y = py(tick).toFixed(1);
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y}" dy="4" text-anchor="end" font-size="11">${label(tick)}</text>`);
  }
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#9ca3af"/>`);
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH + 36}" text-anchor="middle" font-size="12">${escape(chart.xLabel)}</text>`);
  parts.push(
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escape(chart.yLabel)}</text>`,
  );
  for (const guide of chart.guides ?? []) {
    const y = py(guide.y).toFixed(1);
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y}" y2="${y}" stroke="#6b7280" stroke-dasharray="2 3"/>`);
    parts.push(`<text x="${MARGIN.left + plotW - 4}" y="${y}" dy="-4" text-anchor="end" font-size="11" fill="#374151">${escape(guide.label)}</text>`);
  }
  chart.series.forEach((series, i) => {
    const color = COLORS[i % COLORS.length];
    const points = series.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(" ");
    const dash = series.dashed ? ` stroke-dasharray="6 4"` : "";
    parts.push(`<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    if (series.points.length <= 12) {
      for (const [x, y] of series.points) parts.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${color}"/>`);
    }
    const lx = MARGIN.left + legend.positions[i]!.x;
    const ly = MARGIN.top + plotH + 48 + 22 * legend.positions[i]!.row;
    parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`);
    parts.push(`<text x="${lx + 30}" y="${ly}" dy="4" font-size="12">${escape(series.name)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" fill="#111827">\n${parts.join("\n")}\n</svg>\n`;
}

/** Legend entries left to right, wrapping to a new row when one would overflow the plot's width. */
function legendLayout(series: Series[], width: number) {
  const positions: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const { name } of series) {
    const itemWidth = 30 + name.length * 6.8 + 24; // swatch, text at ~6.8 px per character (12 px sans-serif), gap
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    positions.push({ x, row });
    x += itemWidth;
  }
  return { positions, rows: series.length ? row + 1 : 0 };
}

type Axis = { scale: (v: number) => number; ticks: number[] };

function axis(min: number, max: number, log = false): Axis {
  if (log) {
    const lo = Math.floor(Math.log10(Math.max(min, 1e-9)));
    const hi = Math.ceil(Math.log10(Math.max(max, min * 10, 1e-9)));
    const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
    return { ticks, scale: (v) => (Math.log10(Math.max(v, 1e-9)) - lo) / (hi - lo || 1) };
  }
  const step = niceStep((max - min || 1) / 5);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step || step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { ticks, scale: (v) => (v - lo) / (hi - lo) };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

function label(value: number): string {
  if (Math.abs(value) >= 1e6) return `${value / 1e6}M`;
  if (Math.abs(value) >= 1e3) return `${value / 1e3}k`;
  return String(Number(value.toPrecision(6)));
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
