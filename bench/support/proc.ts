import fs from "node:fs";

// CPU and memory of processes, read from /proc (Linux): how much of the machine the app, Soketi
// and the database used during a phase of a benchmark.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const PAGE_BYTES = 4096;

type Stat = { pid: number; ppid: number; pgid: number; cpuTicks: number; rssBytes: number };

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return {
      pid,
      ppid: Number(fields[1]),
      pgid: Number(fields[2]),
      cpuTicks: Number(fields[11]) + Number(fields[12]),
      rssBytes: Number(fields[21]) * PAGE_BYTES,
    };
  } catch {
    return null; // gone
  }
}

function allStats(): Stat[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is Stat => stat !== null);
}

/** The processes of a process group (services are started in their own, see scripts/lib/processes.ts). */
export const processGroup = (pgid: number) => () => allStats().filter((s) => s.pgid === pgid).map((s) => s.pid);

/** Processes whose command line contains `text`: PostgreSQL backends show their database's name there. */
export const commandContains = (text: string) => () =>
  fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && readCmdline(name).includes(text))
    .map(Number);

function readCmdline(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}

/** A process and its threads only (e.g. this benchmark with its worker threads). */
export const singleProcess = (pid: number) => () => [pid];

export type Usage = {
  /** Average CPU over the phase, in percent of one core (200 = both cores of a 2-core machine). */
  cpuPercent: number;
  cpuSeconds: number;
  peakRssMiB: number;
};

/** Measures CPU time and peak resident memory of `pids()` from now until stop(). */
export function meter(pids: () => number[]) {
  const started = performance.now();
  const baseline = new Map<number, number>();
  for (const pid of pids()) baseline.set(pid, readStat(pid)?.cpuTicks ?? 0);
  let peakRss = 0;
  const last = new Map<number, number>();
  const sample = () => {
    let rss = 0;
    for (const pid of pids()) {
      const stat = readStat(pid);
      if (!stat) continue;
      last.set(pid, stat.cpuTicks);
      rss += stat.rssBytes;
    }
    peakRss = Math.max(peakRss, rss);
  };
  sample();
  const timer = setInterval(sample, 500);
  return {
    stop(): Usage {
      clearInterval(timer);
      sample();
      let ticks = 0;
      for (const [pid, now] of last) ticks += now - (baseline.get(pid) ?? 0);
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = ticks / TICKS_PER_SECOND;
      return { cpuPercent: Math.round((cpuSeconds / seconds) * 100), cpuSeconds, peakRssMiB: Math.round(peakRss / 2 ** 20) };
    },
  };
}

/** The whole machine's CPU from now until stop(): percent of one core, all processes together. */
export function machineMeter() {
  const read = () => {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + fields[4]!; // idle + iowait
    return { busy: fields.slice(0, 8).reduce((sum, v) => sum + v, 0) - idle, started: performance.now() };
  };
  const start = read();
  return {
    stop(): number {
      const end = read();
      return Math.round(((end.busy - start.busy) / TICKS_PER_SECOND / ((end.started - start.started) / 1000)) * 100);
    },
  };
}

function machineBusyTicks(): number {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return fields.slice(0, 8).reduce((sum, v) => sum + v, 0) - fields[3]! - fields[4]!;
}

/**
 * CPU used by processes that are not ours while a whole run goes on: the machine's busy time less
 * that of `rootPid`'s descendants and of the database backends serving `ownDatabases` (sampled every
 * 2 s). Other people's builds and tests on a shared machine show up here.
 */
export function otherWork(rootPid: number, ownDatabases: string) {
  const ours = (stats: Stat[]) => {
    const parent = new Map(stats.map((s) => [s.pid, s.ppid]));
    const databaseBackends = new Set(commandContains(ownDatabases)());
    const isOurs = (pid: number) => {
      for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++) if (p === rootPid) return true;
      return databaseBackends.has(pid);
    };
    return new Map(stats.filter((s) => isOurs(s.pid)).map((s) => [s.pid, s.cpuTicks]));
  };
  let previous = { machine: machineBusyTicks(), ours: ours(allStats()), at: performance.now() };
  const percents: number[] = [];
  const timer = setInterval(() => {
    const now = { machine: machineBusyTicks(), ours: ours(allStats()), at: performance.now() };
    let ourTicks = 0;
    for (const [pid, ticks] of now.ours) ourTicks += ticks - (previous.ours.get(pid) ?? 0);
    const seconds = (now.at - previous.at) / 1000;
    percents.push(Math.max(0, ((now.machine - previous.machine - ourTicks) / TICKS_PER_SECOND / seconds) * 100));
    previous = now;
  }, 2_000);
  timer.unref();
  return {
    /** Average and busiest 10 s, in percent of one core. */
    stop(): { averagePercent: number; peakPercent: number } {
      clearInterval(timer);
      const windows = percents.length > 5 ? percents.map((_, i) => percents.slice(i, i + 5)).filter((w) => w.length === 5) : [percents];
      const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
      return { averagePercent: Math.round(mean(percents)), peakPercent: Math.round(Math.max(0, ...windows.map(mean))) };
    },
  };
}
