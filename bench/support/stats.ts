/** Nearest-rank percentile of already sorted values (p in 0–100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type Summary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1);
  return {
    count: sorted.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

/** Milliseconds with a precision that suits them: 0.42, 4.2, 42. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : value.toFixed(0);
}

export function ratio(value: number, baseline: number): string {
  return baseline > 0 && Number.isFinite(value) ? `${(value / baseline).toFixed(2)}×` : "–";
}

/** A wall-clock time in milliseconds that agrees across worker threads (unlike performance.now()). */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
