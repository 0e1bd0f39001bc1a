type Params = Record<string, string | number | undefined | null>;

/**
 * A list page's URL with its current parameters, some replaced: empty values and the defaults
 * ("all", page 1) are left out so URLs stay short and shareable.
 */
export function listHref(path: string, current: Params, changes: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes })) {
    if (value === undefined || value === null || value === "" || value === "all") continue;
    if (key === "page" && Number(value) === 1) continue;
    query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
