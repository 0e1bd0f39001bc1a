import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

// A local web site whose pages carry Open Graph tags, for link previews fetched for real. It sits
// on 127.0.0.1, which the fetcher refuses, so the test services name it in LINK_PREVIEW_TEST_ALLOW
// (LINK_SITE_URL says where it is). Counts its requests per path (GET /__hits?path=…).

export async function startLinkSite(): Promise<{ url: string; stop: () => Promise<void> }> {
  // A 1200×630 picture carrying EXIF, as a page's og:image usually is (in size, anyway).
  const cover = await sharp({ create: { width: 1200, height: 630, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .withExif({ IFD0: { Copyright: "link-site-secret-exif" } })
    .jpeg()
    .toBuffer();
  const hits = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/__hits") return void response.end(String(hits.get(url.searchParams.get("path") ?? "") ?? 0));
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    if (url.pathname.startsWith("/article")) {
      const name = url.pathname.slice("/article".length).replace(/\W/g, "") || "one";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><html><head><title>Fallback</title>
        <meta property="og:site_name" content="Link Site">
        <meta property="og:title" content="Article ${name}: Tom &amp; Jerry">
        <meta property="og:description" content="A cat &amp; a mouse, <script>alert(1)</script>">
        <meta property="og:image" content="/cover.jpg"></head><body>hi</body></html>`);
    } else if (url.pathname === "/plain") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html><head><title>Just a title</title></head></html>");
    } else if (url.pathname === "/cover.jpg") {
      response.writeHead(200, { "content-type": "image/jpeg", "content-length": cover.length });
      response.end(cover);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
