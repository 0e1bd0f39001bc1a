// Integration tests have no Next.js request, so `after()` (next/server) is stood in for by this
// queue (tests/setup/integration.ts). As after a real response, a task starts as soon as the code
// that scheduled it has returned (a macrotask later), and flushAfter() waits for it. A file
// that checks what an answer does NOT do before it is sent (look an account up, send an email)
// calls holdAfter(): tasks then wait until flushAfter().

const queue: (() => unknown)[] = [];
const running = new Set<Promise<unknown>>();
let holding = false;

export function queueAfter(task: (() => unknown) | Promise<unknown>) {
  queue.push(typeof task === "function" ? task : () => task);
  if (!holding) setTimeout(startQueued, 0);
}

function startQueued() {
  for (const task of queue.splice(0)) {
    const run = Promise.resolve().then(task);
    running.add(run);
    void run.finally(() => running.delete(run)).catch(() => {});
  }
}

/** From now on in this file, tasks wait for flushAfter() instead of starting on their own. */
export function holdAfter() {
  holding = true;
}

/** Runs what the calls so far scheduled with after() (and what those schedule in turn), and waits for all of it. */
export async function flushAfter(): Promise<void> {
  while (queue.length > 0 || running.size > 0) {
    startQueued();
    await Promise.all(running);
  }
}

/** Tasks scheduled and not started yet. */
export function pendingAfter(): number {
  return queue.length;
}
