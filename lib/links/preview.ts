// What a link preview shows, read from a page's HTML: Open Graph tags first, then <title> and the
// description meta tag. Pure (no I/O): lib/links/safe-fetch.ts gets the page.

export type LinkPreview = { url: string; siteName: string; title: string; description: string | null; imageUrl: string | null };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", nbsp: " " };

function decode(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z0-9]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-z:_-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    found[match[1]!.toLowerCase()] = match[3] ?? match[4] ?? match[5] ?? "";
  }
  return found;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The preview of `html` fetched from `pageUrl`, or null when it has no title at all. */
export function extractPreview(html: string, pageUrl: string): LinkPreview | null {
  const head = html.slice(0, 200_000);
  const meta: Record<string, string> = {};
  // A quoted attribute value may hold ">" (a description quoting HTML): the tag ends outside quotes.
  // Bounded, so a page of unclosed "<meta" costs linear time, not quadratic.
  for (const match of head.matchAll(/<meta\b(?:[^>"']|"[^"]{0,3000}"|'[^']{0,3000}'){0,3000}>/gi)) {
    const attrs = attributes(match[0]);
    const key = (attrs.property ?? attrs.name ?? "").toLowerCase();
    if (key && attrs.content !== undefined && !(key in meta)) meta[key] = decode(attrs.content);
  }
  const titleTag = /<title[^>]*>([^<]*)<\/title>/i.exec(head)?.[1];
  const title = meta["og:title"] || meta["twitter:title"] || (titleTag ? decode(titleTag) : "");
  if (!title) return null;
  const page = new URL(pageUrl);
  let imageUrl: string | null = null;
  const image = meta["og:image"] || meta["twitter:image"];
  if (image) {
    try {
      const resolved = new URL(image, page);
      if (resolved.protocol === "https:" || resolved.protocol === "http:") imageUrl = resolved.toString();
    } catch {}
  }
  const description = meta["og:description"] || meta["description"] || meta["twitter:description"] || null;
  return {
    url: page.toString(),
    siteName: clip(meta["og:site_name"] || page.hostname.replace(/^www\./, ""), 100),
    title: clip(title, 200),
    description: description ? clip(description, 300) : null,
    imageUrl,
  };
}
