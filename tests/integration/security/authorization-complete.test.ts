import { describe, expect, it } from "vitest";
import { channelKinds } from "@/lib/realtime/catalogue";
import { matrix } from "../../support/security/matrix";
import { ACTORS } from "../../support/security/world";

// The authorization matrix must name everything a request can reach: every exported server
// action, every route handler method and every realtime channel kind. Adding one without a row
// fails here (and a row for something that no longer exists fails too).

const actionSources = import.meta.glob<string>("/lib/actions/**/*.ts", { query: "?raw", import: "default", eager: true });
const actionModules = import.meta.glob<Record<string, unknown>>("/lib/actions/**/*.ts", { eager: true });
const routeSources = import.meta.glob<string>("/app/**/route.{ts,tsx}", { query: "?raw", import: "default", eager: true });

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every function exported by a "use server" module: each is callable from any browser. */
function serverActions() {
  return Object.entries(actionModules)
    .filter(([file]) => /^\s*["']use server["']/.test(actionSources[file] ?? ""))
    .flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => typeof value === "function")
        .map(([name, fn]) => ({ id: `${file.slice(1)}#${name}`, fn })),
    );
}

/** Every (route file, HTTP method) pair, read from the source (`export async function GET`, `export const { GET, POST } = …`). */
function routeMethods(): string[] {
  return Object.entries(routeSources).flatMap(([file, source]) => {
    const named = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
    const destructured = [...source.matchAll(/export\s+(?:const|let)\s*\{([^}]*)\}/g), ...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      m[1]!.split(",").map((part) => part.trim().split(/\s+as\s+/).pop()!),
    );
    return [...new Set([...named, ...destructured])].filter((name) => HTTP_METHODS.includes(name)).map((method) => `${method} ${file.slice(1)}`);
  });
}

describe("the authorization matrix is complete", () => {
  it("has a row for every server action", () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(50);
    const covered = new Set(matrix.flatMap((row) => (row.target.kind === "action" ? [row.target.fn] : [])));
    expect(actions.filter((a) => !covered.has(a.fn)).map((a) => a.id), "add these to tests/support/security/matrix.ts").toEqual([]);
    const known = new Set(actions.map((a) => a.fn));
    expect(matrix.filter((row) => row.target.kind === "action" && !known.has(row.target.fn)).map((row) => row.name), "rows naming no server action").toEqual([]);
  });

  it("has a row for every route handler method", () => {
    const routes = routeMethods();
    expect(routes.length).toBeGreaterThanOrEqual(5);
    const covered = new Set(
      matrix.flatMap((row) => [row.target, ...(row.more ?? [])]).flatMap((target) => (target.kind === "action" ? [] : [`${target.method} ${target.file}`])),
    );
    expect(routes.filter((r) => !covered.has(r)), "add these to tests/support/security/matrix.ts").toEqual([]);
    expect([...covered].filter((r) => !routes.includes(r)), "rows naming no route").toEqual([]);
  });

  it("has a row for every realtime channel kind", () => {
    const covered = new Set(matrix.flatMap((row) => (row.target.kind === "channel" ? [row.target.channel] : [])));
    expect(Object.keys(channelKinds).filter((kind) => !covered.has(kind as keyof typeof channelKinds))).toEqual([]);
  });

  it("gives every row an outcome for every actor", () => {
    for (const row of matrix) expect(Object.keys(row.expect), row.name).toHaveLength(ACTORS.length);
    const targets = new Set(matrix.map((row) => (row.target.kind === "action" ? row.target.fn : `${row.target.kind} ${JSON.stringify(row.target)}`)));
    console.log(`authorization matrix: ${matrix.length} rows (${targets.size} actions, routes and channels) × ${ACTORS.length} actors = ${matrix.length * ACTORS.length} cells`);
  });
});
