import { describe, expect, it } from "vitest";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { matrix, type Outcome, type Row } from "./matrix";
import { ACTORS, asActor, buildWorld, snapshotWorld, type ActorName, type World } from "./world";

/** What a call came to: an action's result, a route's Response, or a redirect (Next.js control flow). */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result instanceof Response) return result.status < 400 ? "ok" : (result.status as Outcome);
    if (result && typeof result === "object" && "ok" in result && result.ok === false) {
      return errorStatus[(result as unknown as { error: { code: ErrorCode } }).error.code] as Outcome;
    }
    return "ok";
  } catch (error) {
    if (String((error as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT")) return "ok";
    throw error;
  }
}

/**
 * Runs every cell of the matrix rows in `group` against the real database. A cell expected to be
 * allowed gets a world of its own (it changes it); the refusals of a row share one world, and each
 * must leave it exactly as it was (reads: every cell shares it, and none may change it).
 */
export function describeMatrix(group: Row["group"]) {
  for (const row of matrix.filter((r) => r.group === group && !r.http)) {
    describe(row.name, () => {
      let shared: Promise<World> | undefined;
      it.each(ACTORS.map((actor) => [actor, row.expect[actor]] as [ActorName, Outcome]))("%s → %s", async (actor, want) => {
        const options = { visibility: row.visibility, ownCategory: row.ownCategory };
        const ownWorld = want === "ok" && !row.readOnly;
        const world = await (ownWorld ? buildWorld(options) : (shared ??= buildWorld(options)));
        const before = ownWorld ? null : await snapshotWorld(world);
        let detail = "";
        const got = await outcomeOf(async () => {
          const result = await asActor(world, actor, () => row.run(world, actor));
          detail = result instanceof Response ? `${result.status} ${await result.clone().text()}` : JSON.stringify(result);
          return result;
        });
        expect(got, `${row.name} as ${actor}: ${detail}`).toBe(want);
        if (before) expect(await snapshotWorld(world), row.readOnly ? "a read must change nothing" : "a refusal must change nothing").toEqual(before);
      });
    });
  }
}
