// The message search language, parsed into terms and filters (pure; lib/search/messages.ts turns
// the result into SQL). Anything it cannot read becomes a hint for the person typing, never an error.
//   words (all must match)   "exact phrase"   -word   -"phrase"
//   from:@username   in:#channel   in:server-slug   in:@username (direct thread)
//   has:link   has:file   mentions:me   before:/after:/on:YYYY-MM-DD (the reader's days)

export type SearchFilters = {
  from?: string;
  inChannel?: string;
  inServer?: string;
  inThreadWith?: string;
  hasLink?: boolean;
  hasFile?: boolean;
  mentionsMe?: boolean;
  /** Local calendar days, YYYY-MM-DD: before is exclusive, after is exclusive, on is that day. */
  before?: string;
  after?: string;
  on?: string;
};

export type ParsedQuery = {
  words: string[];
  phrases: string[];
  excluded: string[];
  /** The last word is still being typed: match it as a prefix. */
  prefix?: string;
  filters: SearchFilters;
  /** Why part of the query was ignored, for the person typing (empty when all of it was read). */
  hints: string[];
};

export const MAX_QUERY_LENGTH = 300;
const MAX_TERMS = 12;
const USERNAME = /^@?([A-Za-z0-9_.]{1,30})$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FILTER = /^(from|in|has|mentions|before|after|on):(.*)$/i;

/** A word only counts if the database would index something from it (a letter or a digit). */
export const searchable = (text: string) => /[\p{L}\p{N}]/u.test(text);

type Token = { text: string; quoted: boolean; negated: boolean };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)"([^"]*)("?)|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[4] !== undefined) {
      const negated = match[4].startsWith("-") && match[4].length > 1;
      tokens.push({ text: negated ? match[4].slice(1) : match[4], quoted: false, negated });
    } else {
      tokens.push({ text: match[2]!, quoted: true, negated: match[1] === "-" });
    }
  }
  return tokens;
}

export function isValidDate(value: string): boolean {
  const parts = DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && year <= 9999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function applyFilter(key: string, value: string, filters: SearchFilters, hints: string[]) {
  switch (key) {
    case "from": {
      const name = USERNAME.exec(value);
      if (name) filters.from = name[1]!.toLowerCase();
      else hints.push(`from: takes a username, like from:@ann`);
      return;
    }
    case "in": {
      if (value.startsWith("#") && SLUG.test(value.slice(1).toLowerCase())) filters.inChannel = value.slice(1).toLowerCase();
      else if (value.startsWith("@") && USERNAME.test(value)) filters.inThreadWith = value.slice(1).toLowerCase();
      else if (SLUG.test(value.toLowerCase())) filters.inServer = value.toLowerCase();
      else hints.push(`in: takes #channel, a server's address name, or @username`);
      return;
    }
    case "has": {
      if (value.toLowerCase() === "link") filters.hasLink = true;
      else if (value.toLowerCase() === "file") filters.hasFile = true;
      else hints.push(`has: takes link or file (has:link, has:file)`);
      return;
    }
    case "mentions": {
      if (value.toLowerCase() === "me") filters.mentionsMe = true;
      else hints.push(`mentions: takes me (mentions:me)`);
      return;
    }
    default: {
      const date = key as "before" | "after" | "on";
      if (isValidDate(value)) filters[date] = value;
      else hints.push(`${date}: takes a date like ${date}:2026-03-14`);
    }
  }
}

/**
 * Reads a query as typed. `typing`: the person may still be typing the last word (search as you
 * type), so an unfinished last word matches as a prefix.
 */
export function parseQuery(raw: string, { typing = false } = {}): ParsedQuery {
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [], filters: {}, hints: [] };
  const tokens = tokenize(query);
  let terms = 0;
  let dropped = false;
  for (const token of tokens) {
    const filter = !token.quoted && !token.negated ? FILTER.exec(token.text) : null;
    if (filter) {
      applyFilter(filter[1]!.toLowerCase(), filter[2]!, parsed.filters, parsed.hints);
      continue;
    }
    const text = token.text.trim().toLowerCase();
    if (!searchable(text)) continue;
    if (terms++ >= MAX_TERMS) {
      dropped = true;
      continue;
    }
    if (token.negated) parsed.excluded.push(text);
    else if (token.quoted) parsed.phrases.push(text);
    else parsed.words.push(text);
  }
  if (dropped) parsed.hints.push(`Only the first ${MAX_TERMS} words are searched`);
  const last = tokens.at(-1);
  if (typing && last && !last.quoted && !last.negated && !/\s$/.test(query) && parsed.words.at(-1) === last.text.toLowerCase()) {
    parsed.prefix = parsed.words.pop();
  }
  const { on, before, after } = parsed.filters;
  if (on && (before || after)) parsed.hints.push("on: can't be combined with before: or after:");
  else if (before && after && after >= before) parsed.hints.push("after: must be an earlier day than before:");
  return parsed;
}

/** True when the query asks for something: a term to match, or a filter to list by. */
export function hasCriteria(parsed: ParsedQuery): boolean {
  return parsed.words.length + parsed.phrases.length > 0 || parsed.prefix !== undefined || Object.keys(parsed.filters).length > 0;
}
