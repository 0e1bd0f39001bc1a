import "server-only";
import { presignDownload } from "@/lib/files/storage";

// Avatars and icons appear on every page: their signed URLs are made the same for an hour (signed
// as of the hour's start, valid for two), so browsers cache each image instead of loading it anew
// for every page with a fresh signature.
const HOUR_MS = 60 * 60 * 1000;

/** A signed URL of a stored avatar or icon, stable within the hour. */
export function uploadImageUrl(key: string, contentType: string, now = Date.now()): Promise<string> {
  const signedAt = new Date(Math.floor(now / HOUR_MS) * HOUR_MS);
  return presignDownload(key, { contentType, filename: "image", inline: true, expiresInSeconds: 2 * 60 * 60, signingDate: signedAt, cacheSeconds: HOUR_MS / 1000 });
}
