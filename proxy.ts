import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config";
import { appUrlForLoopbackAlias, redirectPage } from "@/lib/dev-origin";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/csp";

// Runs before every page: sends signed-out visitors of app pages to /signin (with a return
// path) and gives each response a Content-Security-Policy with a fresh script nonce. In
// development it also moves visits on another loopback name to APP_URL's (lib/dev-origin.ts).
// Pages, server actions and route handlers check the session again themselves.

const { auth } = NextAuth(baseAuthConfig);

const signedInOnly = ["/home", "/s", "/t", "/settings", "/admin", "/invite", "/new", "/activity"];

function needsSignIn(pathname: string) {
  return signedInOnly.some((prefix) => pathname === prefix || pathname.startsWith(prefix + "/"));
}

type AuthedRequest = NextRequest & { auth: unknown };

function guard(request: AuthedRequest) {
  const { pathname, search } = request.nextUrl;
  // A server action answers for itself (its own session check: an "unauthorized" result); sent to
  // the sign-in page instead, a call made just as the session ended would get unreadable HTML.
  const serverAction = request.method === "POST" && request.headers.has("next-action");
  if (!request.auth && needsSignIn(pathname) && !serverAction) {
    const signIn = new URL("/signin", request.nextUrl);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-pathname", pathname + search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// With a lazily built config (env is read at request time, not at build time) Auth.js hands
// back the wrapped handler asynchronously.
const authed = (auth as unknown as (handler: typeof guard) => Promise<(r: NextRequest, e: NextFetchEvent) => Promise<Response>>)(guard);

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refusal = refuseMalformed(request) ?? (await refuseMalformedAction(request));
  if (refusal) return refusal;
  if (isRouteHandler(request.nextUrl.pathname)) return NextResponse.next();
  if (process.env.NODE_ENV === "development" && (request.method === "GET" || request.method === "HEAD")) {
    const appUrl = appUrlForLoopbackAlias(request.headers.get("host"), request.nextUrl.pathname + request.nextUrl.search, env().APP_URL);
    if (appUrl) return redirectPage(appUrl);
  }
  return (await authed)(request, event);
}

// Input Next.js itself fails on with a 500 before our code runs: answered here instead.

const isRouteHandler = (pathname: string) => pathname.startsWith("/api/") && !pathname.startsWith("/api/docs");
const badRequest = (message: string, status = 400) => NextResponse.json({ error: { code: status === 403 ? "forbidden" : "validation", message } }, { status });

/** Malformed percent-encoding (`/s/%zz`), or a path that decodes to control characters (`/s/%00`). */
function refuseMalformed(request: NextRequest): Response | null {
  try {
    if (!/[\u0000-\u001f\u007f]/.test(decodeURIComponent(request.nextUrl.pathname))) return null;
  } catch {
    // URIError: not valid percent-encoding
  }
  return badRequest("This address is malformed.");
}

/** A server action call from another origin (403), or with a body Next.js can't decode (400). */
async function refuseMalformedAction(request: NextRequest): Promise<Response | null> {
  const type = request.headers.get("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data"); // a form posted without JavaScript may be an action too
  if (request.method !== "POST" || isRouteHandler(request.nextUrl.pathname) || !(request.headers.has("next-action") || multipart)) return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && (!URL.canParse(origin) || new URL(origin).host !== host)) return badRequest("Cross-origin request refused.", 403);
  if (type.startsWith("application/x-www-form-urlencoded")) return null; // Next.js answers these itself (404)
  try {
    if (type.startsWith("multipart/form-data")) await request.clone().formData();
    else if (!Array.isArray(JSON.parse(await request.clone().text()))) throw new Error("not an argument list");
    return null;
  } catch {
    return badRequest("This request's body is malformed.");
  }
}

export const config = {
  matcher: [
    {
      // Under /api only /api/docs is a page (and needs the CSP); the rest are route handlers.
      source: "/((?!api(?!/docs)|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sw.js|manifest.webmanifest|icons/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Route handlers too, for the malformed-path check alone.
    "/api/:path*",
  ],
};
