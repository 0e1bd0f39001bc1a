// @mentions in a message's text, shared by the server (which stores them) and the browser (which
// renders them as chips). A mention is @ then a username (letters, digits, _ and .; a final dot
// ends the sentence), not inside a word or an e-mail address, and not inside code.

export const MAX_MENTIONS = 20;
export const MENTION_PATTERN = /(^|[^\p{L}\p{N}_.@])@([A-Za-z0-9_.]{2,30})/gu;

export type Broadcast = "here" | "everyone";

/** The usernames named (lower-case, distinct, at most 20) and whether @here / @everyone is used. */
export function extractMentions(text: string): { usernames: string[]; broadcast: Broadcast | null } {
  const withoutCode = text.replace(/```[\s\S]*?(```|$)|`[^`\n]*`/g, " ");
  const usernames = new Set<string>();
  let broadcast: Broadcast | null = null;
  for (const match of withoutCode.matchAll(MENTION_PATTERN)) {
    const name = match[2]!.replace(/\.+$/, "").toLowerCase();
    if (name === "everyone") broadcast = "everyone";
    else if (name === "here") broadcast ??= "here";
    else if (name.length >= 3 && usernames.size < MAX_MENTIONS) usernames.add(name);
  }
  return { usernames: [...usernames], broadcast };
}
