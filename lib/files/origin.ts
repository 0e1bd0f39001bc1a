import "server-only";
import { env } from "@/lib/env";

// Kept apart from lib/files/storage.ts so that the Content-Security-Policy (built for every page
// in proxy.ts) names the store without loading the AWS SDK.

/** The origin browsers upload to and download from (for the Content-Security-Policy), if known. */
export function storageOrigin(): string | null {
  const config = env();
  if (!config.S3_BUCKET) return null;
  const endpoint = config.S3_PUBLIC_ENDPOINT ?? config.S3_ENDPOINT;
  if (endpoint) {
    const url = new URL(endpoint);
    return config.S3_FORCE_PATH_STYLE ? url.origin : `${url.protocol}//${config.S3_BUCKET}.${url.host}`;
  }
  return `https://${config.S3_BUCKET}.s3.${config.S3_REGION}.amazonaws.com`;
}
