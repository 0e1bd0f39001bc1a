import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

// CORS for /api/v1. Browsers on the origins listed in CORS_ORIGINS may call the API; with the
// list empty only our own pages may. The API authenticates with bearer tokens, never cookies, so
// no response allows credentials; "*" in the list allows every origin.

const ALLOWED_HEADERS = "Authorization, Content-Type";
const EXPOSED_HEADERS = "Retry-After, WWW-Authenticate";
const PREFLIGHT_MAX_AGE_SECONDS = 600;

let parsed: { source: string; origins: Set<string> } | undefined;

function allowedOrigins(): Set<string> {
  const source = env().CORS_ORIGINS;
  if (parsed?.source !== source) {
    const origins = source.split(",").map((o) => o.trim()).filter(Boolean).map(normaliseOrigin);
    parsed = { source, origins: new Set(origins) };
  }
  return parsed.origins;
}

function normaliseOrigin(origin: string): string {
  if (origin === "*") return origin;
  try {
    const url = new URL(origin);
    if (url.origin !== "null" && url.pathname === "/" && !url.search) return url.origin;
  } catch {}
  throw new Error(`CORS_ORIGINS contains "${origin}", which is not an origin: use scheme://host[:port], e.g. https://app.example.com.`);
}

/** The value for Access-Control-Allow-Origin, or null when this origin may not call the API from a browser. */
function allowOriginFor(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const origins = allowedOrigins();
  if (origins.has("*")) return "*";
  return origins.has(origin) ? origin : null;
}

/** Adds the CORS headers an allowed origin needs to read `response`. */
export function withCors(request: Request, response: Response): Response {
  const allowOrigin = allowOriginFor(request);
  if (allowedOrigins().size > 0) response.headers.append("Vary", "Origin");
  if (allowOrigin) {
    response.headers.set("Access-Control-Allow-Origin", allowOrigin);
    response.headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  }
  return response;
}

/** Answers OPTIONS: a CORS preflight for an allowed origin, a refusal for any other, or just `Allow`. */
export function preflight(request: Request, methods: string[]): Response {
  const allow = [...methods, "OPTIONS"].join(", ");
  if (!request.headers.get("origin")) return new Response(null, { status: 204, headers: { Allow: allow } });

  const allowOrigin = allowOriginFor(request);
  const requested = request.headers.get("access-control-request-method");
  if (!allowOrigin || (requested && !methods.includes(requested))) {
    const refusal = errorResponse(
      new AppError("forbidden", allowOrigin ? `${requested} is not allowed here.` : "This origin may not call the API from a browser."),
    );
    refusal.headers.set("Allow", allow);
    refusal.headers.append("Vary", "Origin");
    return refusal;
  }
  return new Response(null, {
    status: 204,
    headers: {
      Allow: allow,
      "Access-Control-Allow-Origin": allowOrigin,
      "Access-Control-Allow-Methods": allow,
      "Access-Control-Allow-Headers": ALLOWED_HEADERS,
      "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
      Vary: "Origin",
    },
  });
}
