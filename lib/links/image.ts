import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { presignDownload } from "@/lib/files/storage";

const IMAGE_URL_SECONDS = 300;

/** A short-lived URL of a link preview's stored image, or "not found". */
export async function previewImageUrl(previewId: string): Promise<string> {
  const preview = await db.linkPreview.findUnique({ where: { id: previewId }, select: { imageKey: true } });
  if (!preview?.imageKey) throw notFound("Image");
  return presignDownload(preview.imageKey, { contentType: "image/webp", filename: "preview.webp", inline: true, expiresInSeconds: IMAGE_URL_SECONDS });
}
