// In development the app answers on every loopback name (`next dev` listens on all of them), but
// a session cookie belongs to one host, and emailed links point at APP_URL. Someone who opened
// http://127.0.0.1:3000 while APP_URL is http://localhost:3000 would follow a link from the dev
// outbox into another origin and find themself signed out. proxy.ts sends such visits to APP_URL.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export const isLoopbackHost = (hostname: string) => LOOPBACK_HOSTS.has(hostname);

/**
 * APP_URL's address for a request to `path` (with its query) whose Host header is `host`, when that
 * is the same server under another loopback name; else null. (The Host header, because `next dev`
 * builds request.nextUrl on "localhost" whatever the browser asked for.)
 */
export function appUrlForLoopbackAlias(host: string | null, path: string, appUrl: string): URL | null {
  const app = new URL(appUrl);
  if (!host || !URL.canParse(`http://${host}`)) return null;
  const seen = new URL(`http://${host}`);
  const alias = seen.hostname !== app.hostname && seen.port === app.port && isLoopbackHost(seen.hostname) && isLoopbackHost(app.hostname);
  return alias ? new URL(path, app.origin) : null;
}

/**
 * Sends the browser to `target` with a page that refreshes to it. Not a 307: Next turns a
 * Location on request.nextUrl's host (always "localhost" under `next dev`) into a relative one,
 * which would send 127.0.0.1 back to itself.
 */
export function redirectPage(target: URL): Response {
  const href = target.toString().replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<!doctype html><meta http-equiv="refresh" content="0;url=${href}"><title>Chatsphere</title><p>Chatsphere runs at <a href="${href}">${href}</a>.</p>`;
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8", refresh: `0;url=${target}` } });
}
