import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http";

/**
 * Scheduled routes (/api/cron/*) answer only the scheduler: `Authorization: Bearer <CRON_SECRET>`
 * (what Vercel Cron sends). Without CRON_SECRET configured they answer 404. Null: go ahead.
 */
export function refuseUnlessScheduler(request: Request): Response | null {
  const secret = env().CRON_SECRET;
  if (!secret) return jsonError("not_found", "Not found.");
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return jsonError("unauthorized", "Not allowed.");
  return null;
}
