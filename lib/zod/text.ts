/** Drops NUL characters, which PostgreSQL text can't hold, from text that is never refused (search boxes in URLs). */
export const withoutNul = (value: string) => value.replaceAll("\u0000", "");

/**
 * The top-level fields of `input` (or items of array fields) holding a NUL character. PostgreSQL
 * text can't hold it and no form sends it: inputs are refused with these as field errors.
 */
export function nulFields(input: unknown): Record<string, string> | null {
  if (!input || typeof input !== "object") return null;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === "string" && v.includes("\u0000"))) fields[key] = "Remove the invisible NUL character.";
  }
  return Object.keys(fields).length > 0 ? fields : null;
}
