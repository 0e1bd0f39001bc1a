import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { otherWork } from "./support/proc";
import { writeReport, SECTIONS, type Outcome } from "./support/report";
import { RESULTS_DIR, ROOT } from "./support/results";
import { buildBenchApp } from "./support/services";

// `npm run bench`: one production build, then every benchmark in turn (each in its own process,
// with its own time limit on top of the one it enforces itself), then BENCHMARKS.md rendered from
// what they wrote. bench/pages.ts runs too when it exists. `npm run bench -- --only tools,history`
// runs those alone and renders the report with the others' latest results, saying so; with
// `--report` too, it runs nothing and renders the report after those were run one by one
// (`npm run bench:history`, …).

/** Seconds each benchmark may take before it is stopped (each also stops itself a little earlier). */
const LIMITS: Record<string, number> = { latency: 330, tools: 330, load: 510, history: 510, search: 600, unread: 330, pages: 330, uploads: 330 };
const TOTAL_TARGET_SECONDS = 600;

let interrupted = false;
process.on("SIGINT", () => {
  interrupted = true; // the running benchmark gets the same Ctrl-C, cleans up and exits; then we stop
});

/** `--only a,b`: the benchmarks to run; the others keep their results. */
function onlyArgument(): string[] | null {
  const index = process.argv.indexOf("--only");
  if (index < 0) return null;
  const names = (process.argv[index + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (names.length === 0 || unknown.length > 0) throw new Error(`--only takes benchmark names separated by commas, among: ${SECTIONS.map((s) => s.name).join(", ")}`);
  return names;
}

async function main() {
  const only = onlyArgument();
  const started = performance.now();
  const loadAtStart = os.loadavg();
  const others = otherWork(process.pid, "chatsphere_bench_");
  const outcomes: Outcome[] = [];
  if (process.argv.includes("--report")) {
    if (!only) throw new Error("--report needs --only <the benchmarks that were run>");
    others.stop();
    const report = writeReport(outcomes, 0, null, only);
    console.log(`report: ${path.relative(ROOT, report)}`);
    return;
  }
  await buildBenchApp();
  for (const { name } of SECTIONS) {
    if (only && !only.includes(name)) continue;
    const file = path.join(ROOT, "bench", `${name}.ts`);
    if (!fs.existsSync(file)) {
      outcomes.push({ name, status: "skipped", seconds: 0 });
      continue;
    }
    if (interrupted) break;
    fs.rmSync(path.join(RESULTS_DIR, `${name}.json`), { force: true }); // so a failure can't leave an older result in the report
    console.log(`\n▶ ${name}`);
    outcomes.push(await run(name, file));
  }
  if (interrupted) process.exit(130);
  const totalSeconds = (performance.now() - started) / 1000;
  const report = writeReport(outcomes, totalSeconds, { loadAtStart, otherWork: others.stop() }, only ?? undefined);
  console.log(`\n${outcomes.map((o) => `${o.name}: ${o.status} (${Math.round(o.seconds)} s)`).join("\n")}`);
  console.log(`\nall benchmarks: ${Math.round(totalSeconds)} s (target < ${TOTAL_TARGET_SECONDS} s); report: ${path.relative(ROOT, report)}`);
  if (outcomes.some((o) => o.status === "failed")) process.exit(1);
}

function run(name: string, file: string): Promise<Outcome> {
  const started = performance.now();
  const limit = LIMITS[name] ?? 330;
  const child = spawn(process.execPath, ["--import", "tsx", file], { cwd: ROOT, stdio: "inherit", env: { ...process.env, BENCH_SKIP_BUILD: "1" } });
  const timer = setTimeout(() => {
    console.error(`${name}: over ${limit} s, stopping it`);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 40_000).unref();
  }, limit * 1000);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      resolve(code === 0 ? { name, status: "passed", seconds } : { name, status: "failed", seconds, detail: signal ? `stopped by ${signal}` : `exit code ${code}` });
    });
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
