import { linkify } from "@/lib/messages/linkify";

// Which link of a message gets a preview: the first http(s) link of its text that is shown as a
// link, so not one inside code (fenced or inline), nor one hidden behind a ||spoiler||.

const HIDDEN = /```[\s\S]*?(```|$)|`[^`\n]*`|\|\|[\s\S]*?\|\|/g;

/** The first previewable link of `body`, or null. */
export function firstLink(body: string): string | null {
  const visible = body.replace(HIDDEN, " ");
  const link = linkify(visible).find((segment) => segment.kind === "link");
  return link?.kind === "link" ? link.href : null;
}
