import { after } from "next/server";

/**
 * Runs `task` after the response has been sent (Next's `after`): for work the answer must not wait
 * for or reveal, such as emails whose sending would show whether an account exists. Failures are
 * logged, never shown to the person who made the request.
 */
export function runAfterResponse(description: string, task: () => Promise<unknown>): void {
  after(async () => {
    try {
      await task();
    } catch (error) {
      console.error(`${description} failed:`, error);
    }
  });
}
