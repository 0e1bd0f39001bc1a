import "server-only";
import { db } from "@/lib/db";
import { putObject } from "@/lib/files/storage";

/**
 * Moves the avatars and icons stored in PostgreSQL before images went to the object store: each
 * row's bytes are put at its key, then the row forgets them. Safe to run again (and while the app
 * serves: a row not moved yet is served from the database). Returns how many moved.
 */
export async function moveUploadsToStorage({ batch = 50 } = {}): Promise<number> {
  let moved = 0;
  for (;;) {
    const rows = await db.upload.findMany({ where: { key: null, data: { not: null } }, select: { id: true, ownerId: true, contentType: true, data: true }, take: batch });
    if (rows.length === 0) return moved;
    for (const row of rows) {
      const key = `images/${row.ownerId}/${row.id}`;
      await putObject(key, row.data!, row.contentType);
      await db.upload.update({ where: { id: row.id }, data: { key, data: null } });
      moved++;
    }
  }
}
