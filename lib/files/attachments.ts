import "server-only";
import sharp from "sharp";
import type { Actor } from "@/lib/access/conversation";
import { assertNotBlockedInDirectThread } from "@/lib/blocks/blocks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { attachmentKind, formatBytes } from "@/lib/files/limits";
import { SNIFF_BYTES, sniffType } from "@/lib/files/sniff";
import { collectStorageGarbage } from "@/lib/files/garbage";
import { presignUpload, putObject, readObject, statObject, type PresignedUpload } from "@/lib/files/storage";
import { postableConversation } from "@/lib/messages/access";
import { rateLimit } from "@/lib/rate-limit";
import type { AttachmentPayload } from "@/lib/realtime/catalogue";
import { attachmentView } from "@/lib/files/view";
import type { CompleteUploadInput, RequestUploadInput } from "@/lib/zod/files";

// Attachments, the serverless way: the browser asks for an upload (requestUpload: a row and a
// presigned PUT fixed to the file's size and type), sends the bytes straight to the object store,
// then asks the app to check what arrived (completeUpload: HEAD for size and type, the first
// bytes for what the file really is, and for images their dimensions and a WebP thumbnail). A
// message may then carry it (claimForSend, at send time, checks the object is still the one that
// was checked). The store is trusted with nothing: s3rver, used locally, enforces no limits.

/** Per user: plenty for sharing a photo album, a wall for scripts. */
export const UPLOAD_RATE = { limit: 60, windowSeconds: 600 };
const THUMBNAIL_PX = 480;
const FIELD = "file";

export type RequestedUpload = { attachmentId: string; upload: PresignedUpload };

/** A place to upload one file to, for a message in a conversation the actor may post in. */
export async function requestUpload(actor: Actor, input: RequestUploadInput): Promise<RequestedUpload> {
  const access = await postableConversation(actor, input.conversationId);
  if (access.kind === "thread") await assertNotBlockedInDirectThread(actor.id, input.conversationId);
  const max = env().UPLOAD_MAX_BYTES;
  if (input.size > max) {
    const message = `Files can be at most ${formatBytes(max)}; this one is ${formatBytes(input.size)}.`;
    throw new AppError("too_large", message, { [FIELD]: message });
  }
  await rateLimit(`upload:user:${actor.id}`, UPLOAD_RATE, "You're uploading too many files.");
  const quota = env().UPLOAD_QUOTA_BYTES;
  const used = (await db.attachment.aggregate({ where: { uploaderId: actor.id }, _sum: { size: true } }))._sum.size ?? 0;
  if (used + input.size > quota) {
    const message = `You've used ${formatBytes(used)} of your ${formatBytes(quota)} for files. Delete some messages with files to make room.`;
    throw new AppError("too_large", message, { [FIELD]: message });
  }
  const id = newId();
  const key = objectKey(actor.id, id);
  await db.attachment.create({
    data: { id, key, uploaderId: actor.id, conversationId: input.conversationId, name: input.name, size: input.size, contentType: input.contentType },
  });
  return { attachmentId: id, upload: await presignUpload(key, { contentType: input.contentType, size: input.size }) };
}

/**
 * Checks the uploaded object and makes it attachable: it must be there, of the announced size and
 * type, and an image must be an image (it gets its dimensions and a thumbnail without metadata).
 * A file that fails is deleted with its row. Completing twice only updates the alt text.
 */
export async function completeUpload(actor: Actor, input: CompleteUploadInput): Promise<AttachmentPayload> {
  const row = await db.attachment.findFirst({ where: { id: input.attachmentId, uploaderId: actor.id, messageId: null } });
  if (!row) throw notFound("Upload");
  if (row.verifiedAt) {
    const updated = input.alt === undefined ? row : await db.attachment.update({ where: { id: row.id }, data: { alt: input.alt || null } });
    return attachmentView(updated);
  }
  const info = await statObject(row.key);
  if (!info) throw refusal("The file hasn't arrived. Upload it again.", "validation");
  const max = env().UPLOAD_MAX_BYTES;
  const reject = async (message: string, code: "validation" | "too_large" = "validation") => {
    await discard(row);
    return refusal(message, code);
  };
  if (info.size > max) throw await reject(`Files can be at most ${formatBytes(max)}.`, "too_large");
  if (info.size !== row.size) throw await reject("The file that arrived isn't the size announced. Attach it again.");
  if (info.contentType !== row.contentType) throw await reject("The file that arrived isn't of the type announced. Attach it again.");

  const kind = attachmentKind(row.contentType);
  // What is shown inline must be what it says; downloads (and audio) are never rendered by us.
  const head = kind === "image" || kind === "video" ? await readObject(row.key, SNIFF_BYTES) : null;
  if (head && sniffType(head) !== row.contentType) throw await reject(`This file isn't really ${describe(row.contentType)}.`);

  let image: Awaited<ReturnType<typeof processImage>> = null;
  if (kind === "image") {
    image = await processImage(row.key, row.size, row.contentType).catch(() => null);
    if (!image) throw await reject("This image can't be read. Is the file damaged?");
  }
  // An image whose metadata was stripped was stored again: its size and ETag are the new copy's.
  const stored = image?.stripped ?? { size: info.size, etag: info.etag };
  const updated = await db.attachment.update({
    where: { id: row.id },
    data: { verifiedAt: new Date(), size: stored.size, etag: stored.etag, width: image?.width, height: image?.height, thumbKey: image?.thumbKey, alt: input.alt || null },
  });
  return attachmentView(updated);
}

/** Uploads never sent are deleted after this long (sweepOrphanUploads). */
export const ORPHAN_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes uploads that were never sent within a day, and their objects (a scheduled route calls this:
 * app/api/cron/sweep-uploads). Returns how many went; `limit` bounds one run.
 */
export async function sweepOrphanUploads({ now = new Date(), limit = 500 } = {}): Promise<number> {
  const stale = await db.attachment.findMany({
    where: { messageId: null, createdAt: { lt: new Date(now.getTime() - ORPHAN_AFTER_MS) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  if (stale.length === 0) return 0;
  const { count } = await db.attachment.deleteMany({ where: { id: { in: stale.map((s) => s.id) }, messageId: null } });
  await collectStorageGarbage(); // the rows' objects, queued by the database as they went
  return count;
}

/** Gives up on an upload that was not sent (the composer's "remove"). */
export async function discardUpload(actor: Actor, attachmentId: string): Promise<void> {
  const row = await db.attachment.findFirst({ where: { id: attachmentId, uploaderId: actor.id, messageId: null } });
  if (!row) throw notFound("Upload");
  await discard(row);
}

/**
 * The actor's checked uploads for a message in `conversationId`, in the order given, after
 * checking (HEAD, in parallel) that each object is still the one completeUpload checked.
 * Refuses the whole send otherwise: a message is never sent half-attached.
 */
export async function claimForSend(actor: Actor, conversationId: string, ids: string[]): Promise<AttachmentRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.attachment.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id));
  for (const row of ordered) {
    if (!row || row.uploaderId !== actor.id || row.conversationId !== conversationId || row.messageId !== null) {
      throw new AppError("validation", "One of the files can't be attached here. Remove it and attach it again.", { attachmentIds: "Unknown or already sent file" });
    }
    if (!row.verifiedAt) {
      throw new AppError("validation", `"${row.name}" hasn't finished uploading.`, { attachmentIds: "Upload not finished" });
    }
  }
  const infos = await Promise.all(ordered.map((row) => statObject(row!.key)));
  infos.forEach((info, i) => {
    const row = ordered[i]!;
    if (!info || info.size !== row.size || info.etag !== row.etag) {
      throw new AppError("validation", `"${row.name}" changed after it was uploaded. Remove it and attach it again.`, { attachmentIds: "File changed" });
    }
  });
  return ordered.map((row, position) => ({ ...row!, position }));
}

type AttachmentRow = NonNullable<Awaited<ReturnType<typeof db.attachment.findFirst>>>;

export { attachmentView };

/**
 * An image's dimensions and thumbnail; and when it carries metadata (EXIF with GPS position,
 * camera serials, XMP), the original is replaced by a copy without it (orientation applied,
 * colour profile kept). Animated GIFs are left as they are (they carry no EXIF).
 */
async function processImage(key: string, size: number, contentType: string) {
  const bytes = await readObject(key, size);
  if (!bytes) return null;
  const image = sharp(bytes, { animated: false, limitInputPixels: 100_000_000 });
  const meta = await image.metadata();
  let stripped: { size: number; etag: string | null } | null = null;
  if ((meta.exif || meta.xmp || meta.iptc) && contentType !== "image/gif") {
    const format = contentType.split("/")[1] as "jpeg" | "png" | "webp" | "avif";
    const clean = await sharp(bytes, { limitInputPixels: 100_000_000 }).rotate().keepIccProfile().toFormat(format, { quality: 90 }).toBuffer();
    await putObject(key, clean, contentType);
    const info = await statObject(key);
    stripped = { size: clean.length, etag: info?.etag ?? null };
  }
  // Orientation applied (else phones' photos lie on their side), metadata (EXIF, GPS) dropped.
  const thumbnail = await image
    .rotate()
    .resize({ width: THUMBNAIL_PX, height: THUMBNAIL_PX, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = rotated ? meta.height : meta.width;
  const height = rotated ? meta.width : meta.height;
  if (!width || !height) return null;
  const thumbKey = `${key}.thumb.webp`;
  await putObject(thumbKey, thumbnail, "image/webp");
  return { width, height, thumbKey, stripped };
}

async function discard(row: { id: string }) {
  await db.attachment.deleteMany({ where: { id: row.id, messageId: null } });
  await collectStorageGarbage();
}

function refusal(message: string, code: "validation" | "too_large") {
  return new AppError(code, message, { [FIELD]: message });
}

function describe(type: string): string {
  const kind = attachmentKind(type);
  const name = type.split("/")[1]!.toUpperCase();
  return kind === "image" ? `a ${name} image` : kind === "video" ? `a ${name} video` : `a ${type} file`;
}

/** Object keys start with the uploader's id: whose an object is can be read from its name. */
function objectKey(userId: string, attachmentId: string) {
  return `attachments/${userId}/${attachmentId}`;
}

function newId(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(14)), (b) => (b % 36).toString(36)).join("");
  return `f${Date.now().toString(36)}${random}`;
}
