import { refuseUnlessScheduler } from "@/lib/cron-auth";
import { sweepOrphanUploads } from "@/lib/files/attachments";
import { collectStorageGarbage } from "@/lib/files/garbage";

// Scheduled (vercel.json "crons", daily): deletes uploads never sent within a day, from the object
// store and the database, and whatever objects deletions queued and could not delete at the time.

export async function GET(request: Request) {
  const refusal = refuseUnlessScheduler(request);
  if (refusal) return refusal;
  const deleted = await sweepOrphanUploads();
  const objects = await collectStorageGarbage();
  return Response.json({ deleted, objects }, { headers: { "Cache-Control": "no-store" } });
}
