// Splits message text into plain text and links, for rendering as React text (never as HTML).
// Only http(s) URLs become links; punctuation that usually ends a sentence is left out of them.

export type Segment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?'")\]}]+$/;

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // Keep a closing parenthesis that belongs to the URL (wikipedia links), drop one that closes a remark.
    const trailing = TRAILING.exec(url)?.[0] ?? "";
    let cut = trailing.length;
    if (trailing.startsWith(")") && balance(url.slice(0, url.length - trailing.length)) > 0) cut = trailing.length - 1;
    url = url.slice(0, url.length - cut);
    const href = safeHref(url);
    if (!href) continue;
    const start = match.index!;
    if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
    segments.push({ kind: "link", text: url, href });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

function balance(url: string) {
  return (url.match(/\(/g)?.length ?? 0) - (url.match(/\)/g)?.length ?? 0);
}

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
