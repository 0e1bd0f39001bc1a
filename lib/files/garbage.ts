import "server-only";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { deleteObjects } from "@/lib/files/storage";

/**
 * Deletes from the object store what the database queued (StorageGarbage: a trigger adds an
 * attachment's objects whenever its row is deleted, by any cascade), then forgets it. Called after
 * deletions (after the response) and by the daily sweep; a failure leaves the queue for next time.
 */
export async function collectStorageGarbage({ limit = 1000 } = {}): Promise<number> {
  const queued = await db.storageGarbage.findMany({ orderBy: { createdAt: "asc" }, take: limit, select: { key: true } });
  if (queued.length === 0) return 0;
  const keys = queued.map((g) => g.key);
  await deleteObjects(keys);
  await db.storageGarbage.deleteMany({ where: { key: { in: keys } } });
  return keys.length;
}

/** collectStorageGarbage after the response: call it once the deleting transaction has committed. */
export function collectStorageGarbageAfterResponse(): void {
  runAfterResponse("deleting stored files", () => collectStorageGarbage());
}
