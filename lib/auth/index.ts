import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "@/lib/auth/config";
import { authenticate } from "@/lib/auth/credentials";
import { authenticatePasskey } from "@/lib/auth/passkey-sign-in";
import { db } from "@/lib/db";

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (credentials, request) => authenticate(credentials, request),
    }),
    Credentials({
      id: "passkey",
      name: "Passkey",
      credentials: { response: {} },
      authorize: (credentials, request) => authenticatePasskey(credentials, request),
    }),
  ],
  events: {
    // Every sign-out ends its Session row, also through Auth.js's own POST /api/auth/signout, so
    // that a copy of the cookie stops working too.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (sessionId) await db.session.deleteMany({ where: { id: sessionId } });
    },
  },
}));
