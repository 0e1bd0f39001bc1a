import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { putObject } from "@/lib/files/storage";
import { MAX_IMAGE_BYTES } from "@/lib/uploads/limits";

export { MAX_IMAGE_BYTES };

// Accepted by what the bytes are, not by what the client claims: each format's magic number.
const formats: { type: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: "image/png", matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", matches: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  {
    type: "image/webp",
    matches: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50,
  },
];

/**
 * Stores an uploaded image (PNG, JPEG, GIF or WebP, at most 2 MB) for `ownerId` in the object store
 * and returns the URL it is served at (our route, which redirects to the store). SVG is refused:
 * it can carry script. Throws a field error for `field`.
 */
export async function saveImage(ownerId: string, file: File, field: string): Promise<string> {
  if (file.size === 0) throw new AppError("validation", "Choose an image file.", { [field]: "Choose an image file." });
  if (file.size > MAX_IMAGE_BYTES) {
    throw new AppError("too_large", "Images can be at most 2 MB.", { [field]: "Images can be at most 2 MB." });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = formats.find((f) => f.matches(bytes));
  if (!format) {
    const message = "Use a PNG, JPEG, GIF or WebP image.";
    throw new AppError("validation", message, { [field]: message });
  }
  const key = `images/${ownerId}/${crypto.randomUUID()}`;
  await putObject(key, bytes, format.type);
  const upload = await db.upload.create({ data: { ownerId, contentType: format.type, size: bytes.length, key } });
  return `/api/uploads/${upload.id}`;
}
