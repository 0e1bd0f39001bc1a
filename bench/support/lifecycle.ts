// Every benchmark runs inside runBench: whatever it started is stopped and whatever it created is
// dropped — on success, on failure, on Ctrl-C and when its time limit runs out.

type Cleanup = () => unknown;

export type BenchContext = {
  /** Registers a cleanup; they run last-registered first. */
  defer: (cleanup: Cleanup) => void;
  /** Milliseconds left before the time limit. */
  remainingMs: () => number;
};

const CLEANUP_TIMEOUT_MS = 30_000;

export async function runBench(name: string, limitSeconds: number, main: (context: BenchContext) => Promise<void>): Promise<never> {
  const cleanups: Cleanup[] = [];
  const deadline = Date.now() + limitSeconds * 1000;
  let finishing: Promise<never> | undefined;

  const finish = (code: number, reason?: string) => {
    finishing ??= (async () => {
      if (reason) console.error(`[${name}] ${reason}`);
      for (const cleanup of cleanups.reverse()) {
        try {
          await Promise.race([cleanup(), new Promise((_, reject) => setTimeout(() => reject(new Error("cleanup timed out")), CLEANUP_TIMEOUT_MS).unref())]);
        } catch (error) {
          console.error(`[${name}] cleanup failed:`, error);
        }
      }
      process.exit(code);
    })();
    return finishing;
  };

  process.once("SIGINT", () => void finish(130, "interrupted: cleaning up"));
  process.once("SIGTERM", () => void finish(143, "terminated: cleaning up"));
  setTimeout(() => void finish(1, `time limit of ${limitSeconds} s reached: stopping`), limitSeconds * 1000).unref();

  try {
    await main({ defer: (cleanup) => cleanups.push(cleanup), remainingMs: () => deadline - Date.now() });
  } catch (error) {
    console.error(`[${name}] failed:`, error);
    return finish(1);
  }
  return finish(0);
}
