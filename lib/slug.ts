import "server-only";
import { transliterate } from "transliteration";
import { isUniqueViolation } from "@/lib/db-errors";
import { MAX_SLUG_LENGTH, RESERVED_SLUGS } from "@/lib/slug-rules";

// URL slugs for servers (/s/<slug>) and channels (/s/<server>/<slug>).

export { MAX_SLUG_LENGTH, RESERVED_SLUGS };

/**
 * The slug of a name: transliterated to Latin letters (Москва → moskva, 東京 → dong-jing), lower
 * case, words joined by "-". `fallback` when nothing usable is left (a name of emoji only).
 */
export function slugify(name: string, fallback: string): string {
  const slug = transliterate(name.normalize("NFKC"))
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/**
 * The first of `base`, `base-2`, `base-3`… that is neither reserved nor in `taken` (the slugs that
 * start with `base`, looked up by the caller in one query).
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!RESERVED_SLUGS.has(base) && !used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "") + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

/** What to look up as "taken": every slug firstFreeSlug might produce for `base` starts with it. */
function takenPrefix(base: string): string {
  return base.slice(0, MAX_SLUG_LENGTH - 8);
}

/**
 * Inserts a row under the first free slug for `base`. Two concurrent inserts may pick the same
 * slug: the loser hits the unique index and tries again with a fresh look-up.
 */
export async function insertWithFreeSlug<T>(
  base: string,
  takenSlugs: (prefix: string) => Promise<string[]>,
  insert: (slug: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const slug = firstFreeSlug(base, await takenSlugs(takenPrefix(base)));
    try {
      return await insert(slug);
    } catch (error) {
      if (attempt >= 5 || !isUniqueViolation(error)) throw error;
    }
  }
}
