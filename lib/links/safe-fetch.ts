import "server-only";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";

// Fetching a page someone linked to, without letting a link reach what only the server can
// (SSRF): http(s) only; the host name resolved and every address checked against loopback,
// private, link-local (cloud metadata), CGNAT, multicast and reserved ranges, and the connection
// pinned to the checked address (no second resolution for a rebinding DNS to answer differently);
// the same again after every redirect, at most 3; 5 s in all; at most 1 MB read; only the content
// types asked for (HTML for pages, a few image formats for their preview images).

const blocked = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], ["::1", 128], ["64:ff9b::", 96], ["100::", 64], ["2001::", 23], ["2001:db8::", 32],
  ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8],
] as const) blocked.addSubnet(network, prefix, "ipv6");

/** True for an address on the public internet; false for anything local, private or reserved. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // An IPv4 address in IPv6 clothes (::ffff:a.b.c.d) is judged as IPv4 (net.BlockList maps them too).
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]!);
    return !blocked.check(address, "ipv6");
  }
  return !blocked.check(address, "ipv4");
}

export class FetchRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "FetchRefused";
  }
}

export type SafeFetchOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Hosts ("host:port") allowed despite a private address: tests only (LINK_PREVIEW_TEST_ALLOW). */
  allow?: string[];
  /** Name resolution (tests give one that answers with a private address). */
  resolve?: (host: string) => Promise<string[]>;
};

export type FetchedPage = { url: string; status: number; contentType: string; body: string; truncated: boolean };
export type FetchedBytes = { url: string; status: number; contentType: string; body: Buffer; truncated: boolean };

const defaultResolve = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const isHtml = (contentType: string) => contentType.startsWith("text/html") || contentType.startsWith("application/xhtml+xml");

/** GETs an HTML page by the rules above, or throws FetchRefused saying why. */
export async function safeFetchHtml(input: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const page = await safeFetch(input, { ...options, accept: "text/html,application/xhtml+xml", accepts: isHtml, refusal: "not HTML" });
  return { ...page, body: page.body.toString("utf8") };
}

/**
 * GETs any resource by the rules above whose content type `accepts` approves (else FetchRefused
 * with `refusal`): the body, cut at `maxBytes` (`truncated` then says so).
 */
export async function safeFetch(
  input: string,
  options: SafeFetchOptions & { accept: string; accepts: (contentType: string) => boolean; refusal: string },
): Promise<FetchedBytes> {
  const { maxBytes = 1024 * 1024, timeoutMs = 5_000, maxRedirects = 3, allow = [], resolve = defaultResolve, accept, accepts, refusal } = options;
  const deadline = AbortSignal.timeout(timeoutMs);
  let url = parseUrl(input);
  for (let redirects = 0; ; redirects++) {
    const address = await checkedAddress(url, allow, resolve);
    const response = await request(url, address, accept, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.destroy();
      if (redirects >= maxRedirects) throw new FetchRefused("too many redirects");
      url = parseUrl(new URL(response.headers.location, url).toString());
      continue;
    }
    const contentType = String(response.headers["content-type"] ?? "").toLowerCase();
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new FetchRefused(`status ${status}`);
    }
    if (!accepts(contentType)) {
      response.destroy();
      throw new FetchRefused(refusal);
    }
    const { body, truncated } = await readLimited(response, maxBytes, deadline);
    return { url: url.toString(), status, contentType, body, truncated };
  }
}

function parseUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchRefused("not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchRefused("only http and https");
  if (url.username || url.password) throw new FetchRefused("no credentials in links");
  return url;
}

async function checkedAddress(url: URL, allow: string[], resolve: (host: string) => Promise<string[]>): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new FetchRefused("the host does not resolve");
    }
  }
  if (addresses.length === 0) throw new FetchRefused("the host does not resolve");
  const allowed = allow.includes(`${host}:${port}`);
  // Every address must be public: a name with one private answer among public ones is refused.
  if (!allowed && addresses.some((a) => !isPublicAddress(a))) throw new FetchRefused("a private or reserved address");
  const address = addresses[0]!;
  return { address, family: net.isIP(address) === 6 ? 6 : 4 };
}

function request(url: URL, pinned: { address: string; family: 4 | 6 }, accept: string, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "GET",
        signal,
        headers: { "User-Agent": "ChatsphereBot/1.0 (link previews)", Accept: accept },
        // The connection goes to the address that was checked, whatever DNS says now.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: pinned.address, family: pinned.family }]);
          else (callback as (e: null, a: string, f: number) => void)(null, pinned.address, pinned.family);
        },
      },
      resolve,
    );
    req.on("error", (error) => reject(signal.aborted ? new FetchRefused("took longer than allowed") : new FetchRefused(`unreachable (${error.message})`)));
    req.end();
  });
}

function readLimited(response: http.IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<{ body: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (truncated: boolean) => {
      response.destroy();
      resolve({ body: Buffer.concat(chunks).subarray(0, maxBytes), truncated });
    };
    response.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) finish(true);
    });
    response.on("end", () => finish(false));
    response.on("error", () => reject(new FetchRefused(signal.aborted ? "took longer than allowed" : "the connection failed")));
    signal.addEventListener("abort", () => reject(new FetchRefused("took longer than allowed")), { once: true });
  });
}
