import "server-only";
import { requireVerified } from "@/lib/access/verified";
import { refresh, revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError, fromZodError, type ErrorBody } from "@/lib/errors";
import { nulFields } from "@/lib/zod/text";

// The chain every server action is built on (one action per file under lib/actions/):
//   export const createServer = verifiedAction.schema(createServerSchema).revalidates("layout").action(async ({ input, ctx }) => …)
// It resolves the context (session checks) first, then validates the input with zod, then runs
// the body, then refreshes what the action declared; refusals come back as { ok: false, error }
// with field errors, never as a throw (and refresh nothing).
// An action can be called with an object, with FormData, or by useActionState (prev, FormData).

/**
 * What a successful action makes stale, declared by every action:
 *   "layout"  every page's data: what the app-wide shell shows changed (servers, channels,
 *             memberships in the sidebar), so cached pages are dropped and this one re-renders
 *   "page"    the page the action was called from re-renders (its layouts included): the change
 *             shows where it was made (admin lists, settings)
 *   "none"    nothing: the answer itself, realtime events or a redirect carry the change
 */
export type Revalidation = "layout" | "page" | "none";

const revalidate: Record<Revalidation, () => void> = {
  layout: () => revalidatePath("/", "layout"),
  page: () => refresh(),
  none: () => {},
};

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ErrorBody; values?: Record<string, string> };

export type SafeAction<I, T> = {
  (input: I | FormData): Promise<ActionResult<T>>;
  (previous: ActionResult<T> | null, input: I | FormData): Promise<ActionResult<T>>;
};

class ActionBuilder<Ctx> {
  constructor(private readonly resolve: () => Promise<Ctx>) {}

  /** Adds a step that checks or extends the context; it throws AppError to refuse. */
  use<Next>(step: (ctx: Ctx) => Promise<Next> | Next): ActionBuilder<Next> {
    return new ActionBuilder(async () => step(await this.resolve()));
  }

  schema<S extends z.ZodType>(schema: S) {
    return { revalidates: (what: Revalidation) => ({ action: this.action(schema, what) }) };
  }

  private action<S extends z.ZodType>(schema: S, what: Revalidation) {
    const resolve = this.resolve;
    return <T>(body: (args: { input: z.output<S>; ctx: Ctx }) => Promise<T>): SafeAction<z.input<S>, T> => {
      const action = async (...args: unknown[]): Promise<ActionResult<T>> => {
        const raw = args.length > 1 ? args[1] : args[0];
        const input = raw instanceof FormData ? formDataToObject(raw) : raw;
        try {
          const ctx = await resolve();
          const nul = nulFields(input);
          if (nul) throw new AppError("validation", "Remove the invisible NUL character.", nul);
          const parsed = schema.safeParse(input);
          if (!parsed.success) throw fromZodError(parsed.error);
          const data = await body({ input: parsed.data, ctx });
          revalidate[what]();
          return { ok: true, data };
        } catch (error) {
          unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
          return failure(error, input);
        }
      };
      return action as SafeAction<z.input<S>, T>;
    };
  }
}

function failure(error: unknown, input: unknown): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, error: error.toBody(), values: echoValues(input) };
  console.error("server action failed:", error);
  return { ok: false, error: { code: "internal", message: "Something went wrong on our side. Please try again." } };
}

/** What the form should show again after a refusal: the text fields, never passwords or files. */
function echoValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== "object") return undefined;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string" && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = Object.create(null);
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own hidden fields
    const existing = object[key];
    object[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return { ...object };
}

export type UserContext = { user: CurrentUser };

async function requireSignedIn(): Promise<UserContext> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Please sign in to continue.");
  return { user };
}

/** No session needed (sign-up, sign-in, password reset). */
export const publicAction = new ActionBuilder(async () => ({}));

/** Any signed-in, active user. */
export const userAction = new ActionBuilder(requireSignedIn);

/** Signed in with a verified email address: needed to post, join and create. */
export const verifiedAction = userAction.use((ctx) => {
  requireVerified(ctx.user);
  return ctx;
});

/** Admins only; everyone else is told the thing does not exist. */
export const adminAction = userAction.use((ctx) => {
  if (ctx.user.role !== "ADMIN") throw new AppError("not_found", "Not found.");
  return ctx;
});
