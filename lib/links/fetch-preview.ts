import "server-only";
import sharp from "sharp";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { putObject } from "@/lib/files/storage";
import { previewAllowList } from "@/lib/links/allow-list";
import { extractPreview } from "@/lib/links/preview";
import { FetchRefused, safeFetch, safeFetchHtml } from "@/lib/links/safe-fetch";

// A link's preview, from the per-URL cache (LinkPreview) or fetched by the SSRF-safe fetcher. The
// page's image is fetched by the same rules, decoded and re-encoded here as a small WebP (no
// metadata, nothing of the original bytes) into the object store: viewers load it through our
// route, so the linked site never learns who looked, and a hostile "image" never reaches them.

/** A URL's preview is fetched again when older than this. */
export const PREVIEW_FRESH_MS = 24 * 60 * 60 * 1000;
const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
const IMAGE_PX = 600;
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"];

export type StoredPreview = NonNullable<Awaited<ReturnType<typeof db.linkPreview.findUnique>>>;

/** The preview of `url`, or null when the page can't be fetched, isn't allowed or has no title. */
export async function previewFor(url: string, { now = new Date(), allow = previewAllowList() } = {}): Promise<StoredPreview | null> {
  const cached = await db.linkPreview.findUnique({ where: { url } });
  if (cached && now.getTime() - cached.fetchedAt.getTime() < PREVIEW_FRESH_MS) return cached;
  let preview: ReturnType<typeof extractPreview>;
  try {
    const page = await safeFetchHtml(url, { allow });
    preview = extractPreview(page.body, page.url);
  } catch (error) {
    if (error instanceof FetchRefused) return null;
    throw error;
  }
  if (!preview) return null;
  const image = preview.imageUrl ? await storedImage(preview.imageUrl, allow) : null;
  const data = {
    siteName: preview.siteName,
    title: preview.title,
    description: preview.description,
    imageKey: image?.key ?? null,
    imageWidth: image?.width ?? null,
    imageHeight: image?.height ?? null,
    fetchedAt: now,
  };
  try {
    return await db.linkPreview.upsert({ where: { url }, create: { url, ...data }, update: data });
  } catch (error) {
    // The same link sent twice at once: the other fetch stored it first.
    if (!isUniqueViolation(error)) throw error;
    if (image) await db.storageGarbage.create({ data: { key: image.key } });
    return db.linkPreview.findUnique({ where: { url } });
  }
}

/** The page's image, fetched by the fetcher's rules and stored as a WebP of at most 600 px; null when it fails. */
async function storedImage(imageUrl: string, allow: string[]) {
  try {
    const fetched = await safeFetch(imageUrl, {
      allow,
      maxBytes: IMAGE_MAX_BYTES,
      accept: IMAGE_TYPES.join(","),
      accepts: (type) => IMAGE_TYPES.some((t) => type.startsWith(t)),
      refusal: "not an image",
    });
    if (fetched.truncated) return null;
    const { data, info } = await sharp(fetched.body, { animated: false, limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: IMAGE_PX, height: IMAGE_PX, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    const key = `link-previews/${crypto.randomUUID()}.webp`;
    await putObject(key, data, "image/webp");
    return { key, width: info.width, height: info.height };
  } catch {
    return null; // a preview without its picture
  }
}
