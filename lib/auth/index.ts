import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "@/lib/auth/config";
import { authenticate } from "@/lib/auth/credentials";

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (credentials, request) => authenticate(credentials, request),
    }),
  ],
}));
