import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// What each benchmark writes to bench/results/<name>.json, and run-all renders into
// BENCHMARKS.md (bench/support/report.ts). Any benchmark, bench/pages.ts included, can write this
// shape with writeResult() to get its section rendered like the others.

export const ROOT = path.resolve(__dirname, "../..");
export const RESULTS_DIR = path.join(ROOT, "bench/results");

export type Table = { caption?: string; columns: string[]; rows: (string | number)[][] };

export type Target = {
  /** What is measured, e.g. "p50 delivery latency". */
  what: string;
  /** The goal, e.g. "< 15 ms". */
  target: string;
  measured: string;
  met: boolean;
  /** When missed: by how much and why. */
  note?: string;
};

export type RunInfo = {
  date: string;
  commit: string;
  /** Uncommitted changes were present in the measured tree. */
  dirty: boolean;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  /** os.loadavg() (1, 5, 15 minutes) when the benchmark started and when it ended. */
  loadBefore: number[];
  loadAfter: number[];
  node: string;
  database: string;
  durationSeconds: number;
};

export type BenchResult = {
  name: string;
  title: string;
  command: string;
  /** One paragraph: what is measured, how, and against which baseline. */
  method: string;
  run: RunInfo;
  tables: Table[];
  targets: Target[];
  /** SVG or PNG files, relative to the repository root. */
  charts: { path: string; alt: string }[];
  notes: string[];
};

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();

/** Starts the clock of a run; finish() completes the RunInfo. */
export function startRun(database: () => string) {
  const started = Date.now();
  const loadBefore = os.loadavg();
  return (): RunInfo => ({
    date: new Date(started).toISOString(),
    commit: git("rev-parse", "--short=12", "HEAD"),
    dirty: git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results", ":!BENCHMARKS.md").length > 0,
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadBefore: loadBefore.map(round2),
    loadAfter: os.loadavg().map(round2),
    node: process.version,
    database: database(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function writeResult(result: BenchResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${result.name}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  return file;
}

export function writeChart(name: string, svg: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, name), svg);
  return path.posix.join("bench/results", name);
}

/** Prints the result's tables and targets to the terminal. */
export function printResult(result: BenchResult) {
  console.log(`\n== ${result.title} (${result.command}) ==`);
  for (const table of result.tables) {
    if (table.caption) console.log(`\n${table.caption}`);
    console.table(table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row[i]]))));
  }
  for (const t of result.targets) console.log(`${t.met ? "met   " : "MISSED"}  ${t.what}: ${t.measured} (target ${t.target})${t.note ? ` — ${t.note}` : ""}`);
  for (const note of result.notes) console.log(`note: ${note}`);
}
