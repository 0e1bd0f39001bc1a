import "server-only";
import type { User } from "next-auth";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { db } from "@/lib/db";

/** A signed-in browser: a new Session row, whose id the JWT carries (every sign-in method ends here). */
export async function openSession(user: { id: string; email: string; fullName: string }, request: Request): Promise<User> {
  const now = new Date();
  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: user.id,
        userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    }),
    db.user.update({ where: { id: user.id }, data: { lastSeenAt: now } }),
  ]);
  return { id: user.id, email: user.email, name: user.fullName, sessionId: session.id };
}
