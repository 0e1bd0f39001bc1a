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

/** Content-Security-Policy for one response: our origin, the nonce'd scripts and the realtime endpoint. */
export function contentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes come from React/Radix positioning; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self' ${realtimeSources().join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
