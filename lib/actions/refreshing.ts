import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/access/server";

/**
 * An action body that runs a domain function as the signed-in user, then refreshes every page's
 * data: servers, channels and memberships show in the app-wide sidebar, so the layout changes too.
 */
export function refreshing<I, T>(run: (actor: Actor, input: I) => Promise<T>) {
  return async ({ input, ctx }: { input: I; ctx: { user: Actor } }): Promise<T> => {
    const result = await run(ctx.user, input);
    revalidatePath("/", "layout");
    return result;
  };
}
