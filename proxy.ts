import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config";
import { contentSecurityPolicy } from "@/lib/security/csp";

// Runs before every page: sends signed-out visitors of app pages to /signin (with a return
// path) and gives each response a Content-Security-Policy with a fresh script nonce.
// Pages, server actions and route handlers check the session again themselves.

const { auth } = NextAuth(baseAuthConfig);

const signedInOnly = ["/home", "/explore", "/s", "/t", "/settings", "/admin", "/invite", "/new"];

function needsSignIn(pathname: string) {
  return signedInOnly.some((prefix) => pathname === prefix || pathname.startsWith(prefix + "/"));
}

type AuthedRequest = NextRequest & { auth: unknown };

function guard(request: AuthedRequest) {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && needsSignIn(pathname)) {
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
  return (await authed)(request, event);
}

export const config = {
  matcher: [
    {
      // Under /api only /api/docs is a page (and needs the CSP); the rest are route handlers.
      source: "/((?!api(?!/docs)|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
