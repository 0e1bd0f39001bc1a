import { readdirSync } from "node:fs";
import path from "node:path";

// The route files under app/api/v1, as Next.js would mount them: folder names are path segments,
// [name] a parameter (written {name} in OpenAPI paths), [...name] a catch-all.

export const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");

export type RouteFile = { file: string; segments: string[]; openApiPath: string };

export function apiRouteFiles(dir = API_ROOT, segments: string[] = []): RouteFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return apiRouteFiles(path.join(dir, entry.name), [...segments, entry.name]);
    if (entry.name !== "route.ts") return [];
    const openApiPath = "/" + segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
    return [{ file: path.join(dir, entry.name), segments, openApiPath }];
  });
}

type Match = { route: RouteFile; params: Record<string, string | string[]>; score: number };

/** The route file Next.js would pick for `pathname` (below /api/v1): static segments beat parameters beat catch-alls. */
export function matchRoute(routes: RouteFile[], pathname: string): Match | null {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  let best: Match | null = null;
  for (const route of routes) {
    const match = matchSegments(route, parts);
    if (match && (!best || match.score > best.score)) best = match;
  }
  return best;
}

function matchSegments(route: RouteFile, parts: string[]): Match | null {
  const params: Record<string, string | string[]> = {};
  let score = 0;
  for (const [index, segment] of route.segments.entries()) {
    const catchAll = /^\[\.\.\.(.+)\]$/.exec(segment);
    if (catchAll) {
      if (parts.length <= index) return null;
      params[catchAll[1]!] = parts.slice(index);
      return { route, params, score };
    }
    const part = parts[index];
    if (part === undefined) return null;
    const param = /^\[(.+)\]$/.exec(segment);
    if (param) params[param[1]!] = part;
    else if (segment === part) score += 2;
    else return null;
    score += 1;
  }
  return parts.length === route.segments.length ? { route, params, score } : null;
}
