import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import readline from "node:readline";

const colors = [36, 35, 33, 32, 34];
let nextColor = 0;

export type Service = { name: string; child: ChildProcess; stop: () => Promise<void> };

// Children run in their own process groups (so stop() reaches wrappers' children too); make sure
// none outlives this process, however it ends.
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }
});

/**
 * Runs a long-lived child process whose output lines are prefixed with its name, e.g. "[next] ".
 * `quiet` drops the output (tests); stop() sends SIGTERM, then SIGKILL after graceMs.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean; graceMs?: number } = {},
): Service {
  const { quiet, graceMs = 5_000, ...spawnOptions } = options;
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...spawnOptions });
  const color = colors[nextColor++ % colors.length];
  const prefix = process.stdout.isTTY ? `\x1b[${color}m[${name}]\x1b[0m ` : `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    const lines = readline.createInterface({ input: stream });
    lines.on("line", (line) => {
      if (!quiet) process.stdout.write(prefix + line + "\n");
    });
  }
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  exited.then(() => running.delete(child));
  return {
    name,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGTERM"); // the whole process group: npm/npx wrappers and their children
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {}
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a command to completion with prefixed output; rejects on a non-zero exit. */
export function runCommand(name: string, command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}) {
  return new Promise<void>((resolve, reject) => {
    const output: string[] = [];
    const { quiet, ...spawnOptions } = options;
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...spawnOptions });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream! }).on("line", (line) => {
        output.push(line);
        if (!quiet) process.stdout.write(`[${name}] ${line}\n`);
      });
    }
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code}):\n${output.slice(-40).join("\n")}`)),
    );
  });
}
