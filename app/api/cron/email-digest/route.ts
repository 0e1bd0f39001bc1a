import { refuseUnlessScheduler } from "@/lib/cron-auth";
import { sendDigests } from "@/lib/notifications/digest";

// Scheduled (vercel.json "crons", every 10 minutes): emails each person the mentions and direct
// messages still unread since their digest delay. Safe to run twice or twice at once.

export const maxDuration = 60;

export async function GET(request: Request) {
  const refusal = refuseUnlessScheduler(request);
  if (refusal) return refusal;
  return Response.json(await sendDigests(), { headers: { "Cache-Control": "no-store" } });
}
