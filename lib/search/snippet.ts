// ts_headline marks matches with two private-use characters (stripped from bodies beforehand, so
// only the database's marks remain), and < > travel as two more; the result travels as parts,
// never as HTML.

export type SnippetPart = { text: string; hit: boolean };

const START = "\uE000";
const STOP = "\uE001";

export function toSnippet(headline: string): SnippetPart[] {
  const marked = headline.replaceAll("\uE002", "<").replaceAll("\uE003", ">");
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of marked.split(START).entries()) {
    const [inside, after] = i === 0 ? [null, chunk] : splitOnce(chunk, STOP);
    if (inside) parts.push({ text: inside, hit: true });
    if (after) parts.push({ text: after, hit: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
