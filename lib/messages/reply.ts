// A reply's one-line quote of the message it answers, shared by the server (payloads) and the
// client timeline (which keeps quotes in step when the original is edited or deleted).

export const REPLY_EXCERPT_LENGTH = 100;

/** The start of a message's text on one line: whitespace runs collapsed, cut at 100 characters with "…". */
export function replyExcerpt(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  const chars = Array.from(line);
  return chars.length > REPLY_EXCERPT_LENGTH ? `${chars.slice(0, REPLY_EXCERPT_LENGTH - 1).join("").trimEnd()}…` : line;
}
