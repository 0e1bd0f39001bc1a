import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { conversationAccess, readsSeq } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { attachmentKind } from "@/lib/files/limits";
import { presignDownload } from "@/lib/files/storage";

/** How long a file's signed URL works: enough to start a download, too short to pass around. */
export const DOWNLOAD_URL_SECONDS = 120;

/**
 * Where `actor` may read an attachment now, or "not found": its message must be in a
 * conversation they can read today (a member who left or was banned no longer can), not deleted,
 * not deleted for them, not from before they joined a group that hides its past; an unsent upload only by its uploader. Images, video and audio open
 * inline; every other file downloads (never rendered, whatever it contains).
 */
export async function downloadUrl(actor: Actor, attachmentId: string, variant: "original" | "thumbnail"): Promise<string> {
  const row = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      key: true, thumbKey: true, name: true, contentType: true, uploaderId: true, conversationId: true,
      message: { select: { seq: true, deletedAt: true, hiddenFor: { where: { userId: actor.id }, select: { userId: true } } } },
    },
  });
  if (!row) throw notFound("File");
  if (row.message) {
    if (row.message.deletedAt || row.message.hiddenFor.length > 0) throw notFound("File");
    const access = await conversationAccess(actor, row.conversationId);
    if (!access || !readsSeq(access, row.message.seq)) throw notFound("File");
  } else if (row.uploaderId !== actor.id) {
    throw notFound("File");
  }
  if (variant === "thumbnail" && row.thumbKey) {
    return presignDownload(row.thumbKey, { contentType: "image/webp", filename: `${row.name}.webp`, inline: true, expiresInSeconds: DOWNLOAD_URL_SECONDS });
  }
  const inline = attachmentKind(row.contentType) !== "file";
  return presignDownload(row.key, { contentType: row.contentType, filename: row.name, inline, expiresInSeconds: DOWNLOAD_URL_SECONDS });
}
