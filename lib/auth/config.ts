import "server-only";
import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

declare module "next-auth" {
  interface Session {
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

/**
 * The part of the Auth.js config that needs no database, shared by proxy.ts (which only asks
 * "is there a session cookie?") and lib/auth (which also signs in and checks the session row).
 */
export function baseAuthConfig(): NextAuthConfig {
  const e = env();
  return {
    secret: e.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: e.APP_URL.startsWith("https://"),
    pages: { signIn: "/signin", signOut: "/signout" },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        if (user?.sessionId) token.sid = user.sessionId;
        return token;
      },
      session({ session, token }) {
        session.sessionId = token.sid;
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
