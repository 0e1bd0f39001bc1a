/** Drops NUL characters, which PostgreSQL text can't hold, from text that is never refused (search boxes in URLs). */
export const withoutNul = (value: string) => value.replaceAll("\u0000", "");
