import "server-only";
import { storageOrigin } from "@/lib/files/origin";
import { realtimeClientConfig } from "@/lib/realtime/config";

/** The websocket/HTTP origins browsers use for realtime (hosted Pusher or a self-hosted Soketi). */
function realtimeSources(): string[] {
  const config = realtimeClientConfig();
  if (config.wsHost) {
    const port = config.wsPort ? `:${config.wsPort}` : "";
    return [`${config.forceTLS ? "wss" : "ws"}://${config.wsHost}${port}`, `${config.forceTLS ? "https" : "http"}://${config.wsHost}${port}`];
  }
  return [`wss://ws-${config.cluster}.pusher.com`, `https://sockjs-${config.cluster}.pusher.com`];
}

/**
 * Content-Security-Policy for one response: our origin, the nonce'd scripts, the realtime endpoint
 * and the object store (browsers upload to it, and files open there after /api/files redirects).
 */
export function contentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  const storage = storageOrigin();
  const files = storage ? ` ${storage}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes come from React/Radix positioning; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https:${files}`,
    `media-src 'self' blob:${files}`,
    "font-src 'self'",
    `connect-src 'self' ${realtimeSources().join(" ")}${files}`,
    // The service worker (/sw.js: push notifications) is a script of our own origin.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
