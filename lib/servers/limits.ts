import "server-only";
import type { RateLimitRule } from "@/lib/rate-limit";

// Abuse limits on community actions, per user (README "Communities" lists them).
export const communityLimits = {
  serversCreatedPerUser: { limit: 10, windowSeconds: 60 * 60 },
  serversJoinedPerUser: { limit: 60, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
