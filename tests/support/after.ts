// Integration tests have no Next.js request, so `after()` (next/server) is stood in for by this
// queue (tests/setup/integration.ts): tasks wait, like after the response, until flushAfter().

const queue: (() => unknown)[] = [];

export function queueAfter(task: (() => unknown) | Promise<unknown>) {
  queue.push(typeof task === "function" ? task : () => task);
}

/** Runs what the calls so far scheduled with after() (and what those schedule in turn). */
export async function flushAfter(): Promise<void> {
  while (queue.length > 0) await Promise.all(queue.splice(0).map((task) => task()));
}

export function pendingAfter(): number {
  return queue.length;
}
