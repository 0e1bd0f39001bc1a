// Attachment rules shared by the server (lib/files, lib/zod/files) and the composer, free of
// imports so that client components can use them. The largest file is UPLOAD_MAX_BYTES (server
// configuration, 25 MB by default): the server says so when asked to take a bigger one.

export const MAX_ATTACHMENTS = 10;
export const MAX_FILE_NAME = 200;
export const MAX_ALT_TEXT = 1_000;

/** Shown inline, with a thumbnail made by the server. */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"] as const;
/** Played inline. */
export const VIDEO_TYPES = ["video/mp4", "video/webm"] as const;
export const AUDIO_TYPES = ["audio/mpeg", "audio/ogg", "audio/wav", "audio/webm", "audio/mp4"] as const;
/** Offered as downloads, never shown inline. */
export const DOCUMENT_TYPES = [
  "application/pdf",
  "text/plain",
  "text/csv",
  "text/markdown",
  "application/json",
  "application/zip",
  "application/gzip",
  "application/x-tar",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/octet-stream",
] as const;

export const ATTACHMENT_TYPES: readonly string[] = [...IMAGE_TYPES, ...VIDEO_TYPES, ...AUDIO_TYPES, ...DOCUMENT_TYPES];

export type AttachmentKind = "image" | "video" | "audio" | "file";

export function attachmentKind(contentType: string): AttachmentKind {
  if ((IMAGE_TYPES as readonly string[]).includes(contentType)) return "image";
  if ((VIDEO_TYPES as readonly string[]).includes(contentType)) return "video";
  if ((AUDIO_TYPES as readonly string[]).includes(contentType)) return "audio";
  return "file";
}

/**
 * What a browser calls a file it has no type for (""), or calls by another name, as one of ours:
 * an unknown type becomes application/octet-stream (a download), never refused for lack of a name.
 */
export function normalizeContentType(type: string): string {
  const base = type.split(";")[0]!.trim().toLowerCase();
  if (base === "") return "application/octet-stream";
  if (base === "image/jpg") return "image/jpeg";
  if (base === "audio/mp3") return "audio/mpeg";
  if (base === "application/x-zip-compressed") return "application/zip";
  return base;
}

/** 1536 → "1.5 KB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}
