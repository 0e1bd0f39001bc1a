import "server-only";
import { requireVerified } from "@/lib/access/verified";
import { z } from "zod";
import { authenticateBearer, type ApiUser } from "@/lib/api/bearer";
import { preflight, withCors } from "@/lib/api/cors";
import { readBody } from "@/lib/api/request-body";
import { AppError, fromZodError, notFound, type ErrorCode } from "@/lib/errors";
import { errorResponse, jsonError } from "@/lib/http";
import { nulFields } from "@/lib/zod/text";

// One declaration per endpoint: its HTTP shape (zod schemas for path, query, body and response),
// who may call it, and what it does. The same declaration validates requests and responses at run
// time and produces the OpenAPI document (lib/api/openapi.ts), so the two cannot drift apart.
// Route files only mount endpoints: export const { GET, POST, OPTIONS } = routes(listX, createX).

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** none: public; user: any active account; verified: also a verified email (posting, joining, creating). */
export type AuthLevel = "none" | "user" | "verified";

/** Any zod schema, classic or zod/mini (the realtime catalogue's). */
export type Schema = z.core.$ZodType;

export type EndpointSpec = {
  /** OpenAPI operationId, e.g. listServers. */
  id: string;
  method: HttpMethod;
  /** Below /api/v1, with OpenAPI-style parameters: /servers/{serverId}. */
  path: `/${string}`;
  tag: string;
  summary: string;
  description?: string;
  auth: AuthLevel;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** The 2xx body; without one the endpoint answers 204 No Content. */
  response?: Schema;
  status?: 200 | 201;
  /** Refusals the endpoint may answer beyond those implied by its auth and inputs (documentation). */
  errors?: ErrorCode[];
  maxBodyBytes?: number;
  /** Also take the body form-encoded (application/x-www-form-urlencoded), as pusher-js posts it. */
  acceptsForm?: boolean;
};

type Parsed<S> = S extends Schema ? z.output<S> : undefined;

export type EndpointArgs<S extends EndpointSpec> = {
  user: S["auth"] extends "none" ? undefined : ApiUser;
  params: Parsed<S["params"]>;
  query: Parsed<S["query"]>;
  body: Parsed<S["body"]>;
  request: Request;
};

type EndpointResult<S extends EndpointSpec> = S["response"] extends Schema ? z.input<S["response"]> : void;

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

export type Endpoint<M extends HttpMethod = HttpMethod> = { spec: EndpointSpec & { method: M }; handle: RouteHandler };

const NO_PARAMS: RouteContext = { params: Promise.resolve({}) };

export function endpoint<const S extends EndpointSpec>(spec: S, run: (args: EndpointArgs<S>) => Promise<EndpointResult<S>>): Endpoint<S["method"]> {
  async function respond(request: Request, context: RouteContext): Promise<Response> {
    const user = spec.auth === "none" ? undefined : await authenticateBearer(request);
    if (spec.auth === "verified") requireVerified(user!);
    const params = spec.params ? parseParams(spec.params, await context.params) : undefined;
    const query = spec.query ? parseInput(spec.query, queryObject(new URL(request.url).searchParams)) : undefined;
    const body = spec.body ? parseInput(spec.body, await readBody(request, { maxBytes: spec.maxBodyBytes, acceptsForm: spec.acceptsForm })) : undefined;

    const result = await run({ user, params, query, body, request } as EndpointArgs<S>);
    if (!spec.response) return new Response(null, { status: 204 });
    const output = z.safeParse(spec.response, result);
    if (!output.success) throw new Error(`${spec.id} produced a response that does not match its schema: ${output.error.message}`);
    return Response.json(output.data, { status: spec.status ?? 200 });
  }

  async function handle(request: Request, context: RouteContext = NO_PARAMS): Promise<Response> {
    const response = await respond(request, context).catch(failure);
    response.headers.set("Cache-Control", "no-store");
    return withCors(request, response);
  }

  return { spec, handle };
}

/** A route file's exports: one handler per endpoint's method, plus OPTIONS (CORS preflight). */
export function routes<const E extends Endpoint[]>(...endpoints: E) {
  const methods = endpoints.map((e) => e.spec.method);
  const handlers = Object.fromEntries(endpoints.map((e) => [e.spec.method, e.handle]));
  const OPTIONS = async (request: Request) => preflight(request, methods);
  return { ...handlers, OPTIONS } as { [K in E[number]["spec"]["method"]]: RouteHandler } & { OPTIONS: typeof OPTIONS };
}

function parseParams(schema: Schema, raw: unknown) {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw notFound(); // a malformed id names nothing
  return parsed.data;
}

function parseInput(schema: Schema, raw: unknown) {
  const nul = nulFields(raw);
  if (nul) throw new AppError("validation", "Remove the invisible NUL character.", nul);
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** Query parameters as an object; a repeated key becomes an array. */
function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}

function failure(error: unknown): Response {
  if (error instanceof AppError) {
    const response = errorResponse(error);
    if (error.code === "unauthorized") response.headers.set("WWW-Authenticate", 'Bearer realm="chatsphere"');
    return response;
  }
  console.error("API request failed:", error);
  return jsonError("internal", "Something went wrong on our side. Please try again.");
}
