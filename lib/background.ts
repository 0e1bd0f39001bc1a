import "server-only";
import { after } from "next/server";

/**
 * Runs `task` after the response has been sent (Next's `after`, which serverless hosts honour
 * with waitUntil): for work the answer must not wait for or reveal, such as emails whose sending
 * would show whether an account exists, or realtime publications. Failures are logged, never shown
 * to the person who made the request. Outside a request (a script, a test calling a service
 * directly) the task starts at once, unawaited.
 */
export function runAfterResponse(description: string, task: () => Promise<unknown>): void {
  const guarded = async () => {
    try {
      await task();
    } catch (error) {
      console.error(`${description} failed:`, error);
    }
  };
  try {
    after(guarded);
  } catch (error) {
    if (!String(error).includes("outside a request scope")) throw error;
    void guarded();
  }
}
