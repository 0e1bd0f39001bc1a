// What a file's first bytes say it is, for the types shown inline. Uploads are accepted by what
// the bytes are, not by what the browser claims: an "image/png" that isn't one is refused.

const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

const signatures: { type: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: "image/png", matches: (b) => b[0] === 0x89 && ascii(b, 1, "PNG\r\n\x1a\n") },
  { type: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", matches: (b) => ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a") },
  { type: "image/webp", matches: (b) => ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP") },
  { type: "image/avif", matches: (b) => ascii(b, 4, "ftyp") && (ascii(b, 8, "avif") || ascii(b, 8, "avis")) },
  { type: "video/webm", matches: (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3 },
  { type: "video/mp4", matches: (b) => ascii(b, 4, "ftyp") && !ascii(b, 8, "avif") && !ascii(b, 8, "avis") },
];

/** The inline-shown type the bytes are, or null when they are none of those. */
export function sniffType(bytes: Uint8Array): string | null {
  return signatures.find((s) => s.matches(bytes))?.type ?? null;
}

/** Bytes enough for sniffType. */
export const SNIFF_BYTES = 64;
