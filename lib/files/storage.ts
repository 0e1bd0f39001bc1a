import "server-only";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// The one door to object storage (S3, R2 or any S3-compatible store; s3rver locally and in
// tests), through the AWS SDK v3. Browsers upload and download directly with short-lived
// presigned URLs, so file bytes never pass through the app's functions; the app only signs,
// inspects (HEAD, a few leading bytes) and deletes. Keys are made by lib/files, never by clients.

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

type Clients = { bucket: string; internal: S3Client; presigning: S3Client };
let clients: Clients | undefined;

function s3(): Clients {
  if (clients) return clients;
  const config = env();
  if (!config.S3_BUCKET) throw new AppError("internal", "File storage is not set up on this server (S3_BUCKET).");
  const credentials =
    config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } : undefined;
  const base = {
    region: config.S3_REGION,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials,
    // New SDKs otherwise put a CRC of an empty body into presigned PUT URLs, and real S3 then
    // refuses every browser upload (../shared/stack-notes.md, "Object storage").
    requestChecksumCalculation: "WHEN_REQUIRED" as const,
    responseChecksumValidation: "WHEN_REQUIRED" as const,
  };
  clients = {
    bucket: config.S3_BUCKET,
    internal: new S3Client({ ...base, endpoint: config.S3_ENDPOINT }),
    // URLs for browsers name the host they reach, which is part of the signature.
    presigning: new S3Client({ ...base, endpoint: config.S3_PUBLIC_ENDPOINT ?? config.S3_ENDPOINT }),
  };
  return clients;
}

export type PresignedUpload = {
  url: string;
  method: "PUT";
  /** Send exactly these headers with the body: they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: string;
};

/**
 * A URL the browser PUTs one object to, signed for its exact size and content type (S3 refuses a
 * body of another length or type; stores that don't check are caught by `statObject` afterwards).
 */
export async function presignUpload(key: string, { contentType, size, expiresInSeconds = 600 }: { contentType: string; size: number; expiresInSeconds?: number }): Promise<PresignedUpload> {
  const { bucket, presigning } = s3();
  const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size });
  const url = await getSignedUrl(presigning, command, { expiresIn: expiresInSeconds, signableHeaders: new Set(["content-type", "content-length"]) });
  return { url, method: "PUT", headers: { "Content-Type": contentType }, expiresAt: new Date(Date.now() + expiresInSeconds * 1000).toISOString() };
}

export type ObjectInfo = { size: number; contentType: string | null; etag: string | null };

/** What the store holds at `key` (HEAD), or null when nothing is there. */
export async function statObject(key: string): Promise<ObjectInfo | null> {
  const { bucket, internal } = s3();
  try {
    const head = await internal.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? null, etag: head.ETag ?? null };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** The object's bytes, at most `maxBytes` of them from the start (a Range request), or null when it is gone. */
export async function readObject(key: string, maxBytes: number): Promise<Uint8Array | null> {
  const { bucket, internal } = s3();
  try {
    const object = await internal.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${maxBytes - 1}` }));
    const bytes = await object.Body!.transformToByteArray();
    return bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Stores bytes the app made itself (thumbnails). */
export async function putObject(key: string, body: Uint8Array, contentType: string): Promise<void> {
  const { bucket, internal } = s3();
  await internal.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }));
}

/**
 * A short-lived URL reading the object. The store answers with the given content type and
 * disposition (so what the browser sees is decided here, not by what was uploaded).
 */
export async function presignDownload(
  key: string,
  {
    contentType,
    filename,
    inline,
    expiresInSeconds = 300,
    signingDate,
    cacheSeconds = expiresInSeconds,
  }: { contentType: string; filename: string; inline: boolean; expiresInSeconds?: number; signingDate?: Date; cacheSeconds?: number },
): Promise<string> {
  const { bucket, presigning } = s3();
  const command = new GetObjectCommand({
    Bucket: bucket,
    Key: key,
    ResponseContentType: contentType,
    ResponseContentDisposition: contentDisposition(filename, inline),
    ResponseCacheControl: `private, max-age=${cacheSeconds}`,
  });
  return getSignedUrl(presigning, command, { expiresIn: expiresInSeconds, ...(signingDate ? { signingDate } : {}) });
}

/** Deletes objects (missing ones are fine), up to 1,000 per request. */
export async function deleteObjects(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const { bucket, internal } = s3();
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    await internal.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true } }));
  }
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the real name. */
export function contentDisposition(filename: string, inline: boolean): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, "_") || "file";
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function isMissing(error: unknown): boolean {
  if (error instanceof NotFound) return true;
  return error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === "NoSuchKey" || error.name === "NotFound");
}
