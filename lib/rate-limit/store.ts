import "server-only";

/** Where fixed-window counters live: the database by default, Redis when REDIS_URL is set. */
export type RateLimitStore = {
  /** Counts one hit on `key` and returns the count in the current window and the seconds it has left. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; retryAfterSeconds: number }>;
  /** Gives back one hit (an attempt that turned out not to count, such as a successful sign-in). */
  refund(key: string): Promise<void>;
  /** Forgets the key's window. */
  clear(key: string): Promise<void>;
};
