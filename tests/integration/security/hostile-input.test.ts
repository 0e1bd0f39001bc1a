import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GET as conversationMessages } from "@/app/api/conversations/[conversationId]/messages/route";
import { GET as publicConversationMessages } from "@/app/api/public/conversations/[conversationId]/messages/route";
import { POST as realtimeAuth } from "@/app/api/realtime/auth/route";
import { GET as upload } from "@/app/api/uploads/[id]/route";
import { GET as openFile } from "@/app/api/files/[attachmentId]/route";
import { GET as linkPreviewImage } from "@/app/api/link-previews/[previewId]/image/route";
import { GET as verifyEmailLink } from "@/app/(auth)/verify-email/[token]/route";
import { updateProfileAction } from "@/lib/actions/account/update-profile";
import { findUsersAction } from "@/lib/actions/admin/find-users";
import { errorStatus } from "@/lib/errors";
import type { ActionResult } from "@/lib/safe-action";
import { flushAfter } from "../../support/after";
import { dispatch } from "../../support/api";
import { assertNotPolluted, hostileInputs, hostileStrings, hostileValues, seeds } from "../../support/security/hostile";
import { matrix, type Row } from "../../support/security/matrix";
import { asActor, buildWorld, snapshotWorld, type ActorName, type World } from "../../support/security/world";

// Every server action (each one the authorization matrix names) and every route handler gets
// random and adversarial input as an actor who may use it: the answer is always a refusal with
// a clear message (4xx), never an internal error, and a refusal leaves the database as it was.
// Each runs with a fixed seed and then a random one; a failure names the seed and the shrunk
// input (HOSTILE_SEED / HOSTILE_RANDOM_SEED repeat a run).

const RUNS = 10; // per action and seed (routes: 3 × as many)
let generated = 0;
afterAll(() => console.log(`hostile-input: ${generated} generated inputs this run`));

/** The actor an action is tried as: the most privileged one it allows, so input gets deep. */
function allowedActor(row: Row): ActorName {
  const order: ActorName[] = ["owner", "admin", "member", "unverified", "anonymous"];
  return order.find((actor) => row.expect[actor] === "ok") ?? "member";
}

const actionRows = [...new Map(matrix.flatMap((row) => (row.target.kind === "action" ? [[row.target.fn, row] as const] : []))).values()];

function isRedirect(error: unknown) {
  return String((error as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT");
}

/** The database must not move on a refusal; after an accepted input, what it did is the new baseline. */
async function checkRefusalChangedNothing(world: World, state: { baseline: unknown }, refused: boolean) {
  await flushAfter();
  const now = await snapshotWorld(world);
  if (refused) expect(now, "a refused input changed the database").toEqual(state.baseline);
  state.baseline = now;
}

describe("hostile input to server actions", () => {
  for (const row of actionRows) {
    const fn = (row.target as { fn: (input: unknown) => Promise<ActionResult<unknown> | undefined> }).fn;
    const actor = allowedActor(row);
    it(`${row.name} as ${actor}`, async () => {
      const world = await buildWorld({ visibility: row.visibility, ownCategory: row.ownCategory });
      const base = ((await row.input?.(world, actor)) ?? {}) as Record<string, unknown>;
      const state = { baseline: await snapshotWorld(world) };
      for (const { seed } of seeds()) {
        await fc.assert(
          fc.asyncProperty(hostileInputs(base), async (input) => {
            generated++;
            let result: ActionResult<unknown> | undefined;
            try {
              result = await asActor(world, actor, () => fn(input));
            } catch (error) {
              if (!isRedirect(error)) throw error; // a thrown error is a 500
            }
            assertNotPolluted();
            if (result && !result.ok) {
              expect(result.error.code, result.error.message).not.toBe("internal");
              expect(errorStatus[result.error.code]).toBeLessThan(500);
              expect(result.error.message).toMatch(/\S/);
              expect(result.error.message.length).toBeLessThan(300);
            }
            await checkRefusalChangedNothing(world, state, Boolean(result && !result.ok));
          }),
          { seed, numRuns: RUNS, endOnFailure: true },
        );
      }
    });
  }
});

type RouteCase = { name: string; actor: ActorName; call: (world: World, value: unknown) => Promise<Response> };

const str = (value: unknown): string =>
  typeof value === "string" ? value : (JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? String(v) : v)) ?? String(value));
const routes: RouteCase[] = [
  {
    name: "GET /api/conversations/:id/messages (id and query)",
    actor: "member",
    call: (w, value) => {
      const [id, key, query] = value as [unknown, unknown, unknown];
      const conversationId = typeof id === "string" && id.length < 100 ? id : w.general.conversationId;
      // The handler reads the id from params; the URL only carries the query (a URL can't hold a lone surrogate).
      const url = new URL(`http://test/api/conversations/${encodeURIComponent(conversationId.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))}/messages`);
      url.searchParams.set(str(key).slice(0, 50) || "before", str(query));
      url.searchParams.set(["before", "after", "limit", "changedSince"][str(key).length % 4]!, str(query));
      return conversationMessages(new Request(url), { params: Promise.resolve({ conversationId }) });
    },
  },
  {
    name: "GET /api/public/conversations/:id/messages (id and query, signed out)",
    actor: "anonymous",
    call: (w, value) => {
      const [id, key, query] = value as [unknown, unknown, unknown];
      const conversationId = typeof id === "string" && id.length < 100 ? id : w.general.conversationId;
      const url = new URL(`http://test/api/public/conversations/${encodeURIComponent(conversationId.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))}/messages`);
      url.searchParams.set(str(key).slice(0, 50) || "before", str(query));
      url.searchParams.set("before", str(query));
      return publicConversationMessages(new Request(url), { params: Promise.resolve({ conversationId }) });
    },
  },
  {
    name: "POST /api/realtime/auth (form fields and raw bodies)",
    actor: "member",
    call: (w, value) => {
      const [socket, channel, raw] = value as [unknown, unknown, unknown];
      const body = typeof raw === "string" && raw.length % 3 === 0
        ? raw
        : new URLSearchParams({ socket_id: str(socket), channel_name: typeof channel === "string" ? channel : `private-conversation-${str(channel)}` });
      return realtimeAuth(new Request("http://test/api/realtime/auth", { method: "POST", body, headers: typeof body === "string" ? { "content-type": "application/x-www-form-urlencoded" } : {} }));
    },
  },
  {
    name: "GET /api/v1/search/messages (query parameters)",
    actor: "member",
    call: (w, value) => {
      const [q, key, other] = value as [unknown, unknown, unknown];
      const url = new URL("http://test.local/api/v1/search/messages");
      url.searchParams.set("q", str(q).replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
      url.searchParams.set(["sort", "cursor", "limit", "timeZone", "typing", "conversationId"][str(key).length % 6]!, str(other));
      return dispatch(new Request(url, { headers: { authorization: `Bearer ${w.apiTokenOf.member}` } }));
    },
  },
  {
    name: "PUT /api/v1/servers/:id/notifications and /conversations/:id/notifications (JSON bodies)",
    actor: "member",
    call: (w, value) => {
      const [level, mutedUntil, other] = value as [unknown, unknown, unknown];
      const path = str(other).length % 2 ? `/servers/${w.server.id}/notifications` : `/conversations/${w.general.conversationId}/notifications`;
      const body = typeof level === "string" && level.length % 4 === 0 ? level : str({ level, mutedUntil });
      const headers = { "content-type": "application/json", authorization: `Bearer ${w.apiTokenOf.member}` };
      return dispatch(new Request(`http://test.local/api/v1${path}`, { method: "PUT", body, headers }));
    },
  },
  {
    name: "/api/v1/channels/:id/privacy and /members[/:userId] (ids and JSON bodies, as the owner)",
    actor: "owner",
    call: (w, value) => {
      const [id, field, other] = value as [unknown, unknown, unknown];
      const segment = (v: unknown) => encodeURIComponent(str(v).replace(/[\uD800-\uDFFF]/g, "\uFFFD").slice(0, 100));
      const channel = typeof id === "string" && id.length % 2 === 0 ? segment(id) : w.privateChannel.id;
      const shapes: [string, string, unknown][] = [
        ["PUT", `/channels/${channel}/privacy`, { private: field }],
        ["POST", `/channels/${channel}/members`, { userIds: field }],
        ["DELETE", `/channels/${channel}/members/${segment(field)}`, undefined],
        ["GET", `/channels/${channel}/members`, undefined],
      ];
      const [method, path, json] = shapes[str(other).length % shapes.length]!;
      const body = json === undefined ? undefined : typeof field === "string" && field.length % 5 === 0 ? field : str(json);
      const headers = { authorization: `Bearer ${w.apiTokenOf.owner}`, ...(body === undefined ? {} : { "content-type": "application/json" }) };
      return dispatch(new Request(`http://test.local/api/v1${path}`, { method, body, headers }));
    },
  },
  {
    name: "GET /api/uploads/:id",
    actor: "anonymous",
    call: (_w, value) => upload(new Request("http://test/"), { params: Promise.resolve({ id: str((value as unknown[])[0]) }) }),
  },
  {
    name: "GET /api/files/:id (id and variant)",
    actor: "member",
    call: (_w, value) => {
      const [id, variant] = value as [unknown, unknown];
      const url = new URL("http://test/api/files/x");
      url.searchParams.set("variant", str(variant).replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
      return openFile(new Request(url), { params: Promise.resolve({ attachmentId: str(id) }) });
    },
  },
  {
    name: "GET /api/link-previews/:id/image",
    actor: "member",
    call: (_w, value) => linkPreviewImage(new Request("http://test/"), { params: Promise.resolve({ previewId: str((value as unknown[])[0]) }) }),
  },
  {
    name: "POST /api/v1/auth/{sign-up, verify-email, verification-email, password-reset[/confirm]} (JSON bodies)",
    actor: "anonymous",
    call: (_w, value) => {
      const [field, key, other] = value as [unknown, unknown, unknown];
      const paths = ["/auth/sign-up", "/auth/verify-email", "/auth/verification-email", "/auth/password-reset", "/auth/password-reset/confirm"];
      const fields = ["email", "token", "password", "confirmPassword", "username", "fullName"];
      const body = typeof field === "string" && field.length % 4 === 0 ? field : str({ [fields[str(key).length % fields.length]!]: field, email: other });
      const headers = { "content-type": "application/json", "x-forwarded-for": `192.0.2.${str(other).length % 250}` };
      return dispatch(new Request(`http://test.local/api/v1${paths[str(other).length % paths.length]}`, { method: "POST", body, headers }));
    },
  },
  {
    name: "POST /api/v1/me/message-requests/:threadId/{accept, ignore} and PUT /api/v1/me/message-policy (path ids and JSON bodies)",
    actor: "member",
    call: (w, value) => {
      const [id, raw, other] = value as [unknown, unknown, unknown];
      const headers = { authorization: `Bearer ${w.apiTokenOf.member}`, "content-type": "application/json" };
      if (str(other).length % 3 === 0) {
        const body = typeof raw === "string" && raw.length % 2 === 0 ? raw : str({ policy: raw });
        return dispatch(new Request("http://test.local/api/v1/me/message-policy", { method: "PUT", body, headers }));
      }
      // The id travels in the path: percent-encoded as a client would (a URL can't hold a lone surrogate).
      const threadId = encodeURIComponent(str(id).replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
      const verb = str(other).length % 2 === 0 ? "accept" : "ignore";
      return dispatch(new Request(`http://test.local/api/v1/me/message-requests/${threadId}/${verb}`, { method: "POST", body: str(raw), headers }));
    },
  },
  {
    name: "GET /verify-email/:token",
    actor: "anonymous",
    call: (_w, value) => verifyEmailLink(new Request("http://test/"), { params: Promise.resolve({ token: str((value as unknown[])[0]) }) }),
  },
];

describe("hostile input to route handlers", () => {
  for (const route of routes) {
    it(route.name, async () => {
      const world = await buildWorld();
      const state = { baseline: await snapshotWorld(world) };
      for (const { seed } of seeds()) {
        await fc.assert(
          fc.asyncProperty(fc.tuple(fc.oneof(hostileStrings, hostileValues), hostileValues, hostileStrings), async (value) => {
            generated++;
            const response = await asActor(world, route.actor, () => route.call(world, value));
            assertNotPolluted();
            expect(response.status, await response.clone().text()).toBeLessThan(500);
            if (response.status >= 400) {
              const body = (await response.json()) as { error?: { message?: string } };
              expect(body.error?.message).toMatch(/\S/);
            }
            await checkRefusalChangedNothing(world, state, response.status >= 400);
          }),
          { seed, numRuns: RUNS * 3, endOnFailure: true },
        );
      }
    }, 90_000); // the account routes hash every password that passes validation
  }
});

describe("text the database can't store", () => {
  it("answers a NUL character with a field error instead of a database error", async () => {
    const world = await buildWorld();
    const result = await asActor(world, "member", () => updateProfileAction({ fullName: "a\u0000b", username: `${world.tag}_nul` }));
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fields: { fullName: "Remove the invisible NUL character." } } });
    const search = await asActor(world, "admin", () => findUsersAction({ q: "\u0000" }));
    expect(search).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});
