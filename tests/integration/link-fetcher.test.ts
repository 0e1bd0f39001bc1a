import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPreview } from "@/lib/links/preview";
import { FetchRefused, isPublicAddress, safeFetchHtml } from "@/lib/links/safe-fetch";

// The link-preview fetcher against a local hostile web server: redirects to loopback, a 10 GB
// body, a slow drip, a name resolving to a private address. The legitimate local site is reached
// only through the test allowlist (127.0.0.1 is private, so everything else here is refused).

let server: http.Server;
let base: string;
let allow: string[];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><head><title>Fallback</title><meta property="og:title" content="Tom &amp; Jerry"><meta property="og:description" content="A cat &#38; a mouse"><meta property="og:image" content="/cover.png"><meta property="og:site_name" content="Cartoons"></head><body>hi</body></html>`);
    } else if (path === "/to-loopback") {
      res.writeHead(302, { location: "http://127.0.0.1:9/admin" });
      res.end();
    } else if (path === "/to-metadata") {
      res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    } else if (path.startsWith("/loop")) {
      const n = Number(path.slice(5) || 0);
      res.writeHead(302, { location: `/loop${n + 1}` });
      res.end();
    } else if (path === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 10 * 1024 ** 3) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => (sent = Infinity));
      pump();
    } else if (path === "/drip") {
      res.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => res.write("<"), 200);
      res.on("close", () => clearInterval(timer));
    } else if (path === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end("PNG");
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allow = [`127.0.0.1:${port}`];
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchRefused) return error.reason;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("link-preview fetcher", () => {
  it("reads the legitimate (allowlisted) local page and its preview", async () => {
    const page = await safeFetchHtml(`${base}/page`, { allow });
    expect(page.status).toBe(200);
    expect(extractPreview(page.body, page.url)).toEqual({
      url: `${base}/page`,
      siteName: "Cartoons",
      title: "Tom & Jerry",
      description: "A cat & a mouse",
      imageUrl: `${base}/cover.png`,
    });
  });

  it("refuses private addresses however they are reached: directly, by a redirect, by a name that resolves to one", async () => {
    expect(await refusal(safeFetchHtml(`${base}/page`))).toBe("a private or reserved address"); // not allowlisted
    expect(await refusal(safeFetchHtml(`${base}/to-loopback`, { allow }))).toBe("a private or reserved address");
    expect(await refusal(safeFetchHtml(`${base}/to-metadata`, { allow }))).toBe("a private or reserved address");
    expect(await refusal(safeFetchHtml("http://localhost:80/"))).toBe("a private or reserved address");
    const rebinding = async () => ["93.184.216.34", "10.0.0.7"]; // one public answer, one private
    expect(await refusal(safeFetchHtml("http://evil.example/", { resolve: rebinding }))).toBe("a private or reserved address");
    expect(await refusal(safeFetchHtml("http://[::1]:80/"))).toBe("a private or reserved address");
    expect(await refusal(safeFetchHtml("http://[::ffff:127.0.0.1]/"))).toBe("a private or reserved address");
    expect(await refusal(safeFetchHtml("file:///etc/passwd"))).toBe("only http and https");
    expect(await refusal(safeFetchHtml("gopher://example.com/"))).toBe("only http and https");
  });

  it("follows at most 3 redirects, stops reading at 1 MB, gives up after the time limit, takes HTML only", async () => {
    expect(await refusal(safeFetchHtml(`${base}/loop0`, { allow }))).toBe("too many redirects");
    const started = Date.now();
    const huge = await safeFetchHtml(`${base}/huge`, { allow });
    expect(huge.truncated).toBe(true);
    expect(huge.body.length).toBe(1024 * 1024);
    expect(Date.now() - started).toBeLessThan(5_000);
    const dripStart = Date.now();
    expect(await refusal(safeFetchHtml(`${base}/drip`, { allow, timeoutMs: 1_000 }))).toBe("took longer than allowed");
    expect(Date.now() - dripStart).toBeLessThan(2_500);
    expect(await refusal(safeFetchHtml(`${base}/image`, { allow }))).toBe("not HTML");
  });

  it("knows which addresses are public", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "ff02::1", "::ffff:10.0.0.1", "not-an-ip"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"]) expect(isPublicAddress(address), address).toBe(true);
  });
});
