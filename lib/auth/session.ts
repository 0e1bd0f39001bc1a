import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

export const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

export const userFields = {
  id: true,
  email: true,
  username: true,
  fullName: true,
  image: true,
  role: true,
  status: true,
  emailVerifiedAt: true,
  createdAt: true,
} as const;

export type CurrentUser = {
  id: string;
  email: string;
  username: string;
  fullName: string;
  image: string | null;
  role: "USER" | "ADMIN";
  status: "ACTIVE" | "SUSPENDED";
  emailVerifiedAt: Date | null;
  createdAt: Date;
  sessionId: string;
};

/**
 * The signed-in user for this request, or null. The cookie alone is not enough: its session row
 * must still exist (sign-out, password change, suspension and deletion remove it) and the
 * account must be active. Memoised per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sessionId = session?.sessionId;
  if (!sessionId) return null;
  const row = await db.session.findUnique({ where: { id: sessionId }, include: { user: { select: userFields } } });
  if (!row || row.expiresAt < new Date() || row.user.status !== "ACTIVE") return null;
  if (Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    const now = new Date();
    await db.$transaction([
      db.session.update({ where: { id: row.id }, data: { lastUsedAt: now } }),
      db.user.update({ where: { id: row.userId }, data: { lastSeenAt: now } }),
    ]);
  }
  return { ...row.user, sessionId: row.id };
});

/**
 * Whether this request's session cookie is one of an account suspended since it was issued
 * (suspension deletes the sessions, so the cookie no longer signs anyone in): the sign-in page
 * then says why its holder is there. The cookie is ours and signed, so this tells nothing to
 * anyone who wasn't signed in to that account.
 */
export async function signedOutBySuspension(): Promise<boolean> {
  const userId = (await auth())?.user?.id;
  if (!userId) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { status: true } });
  return user?.status === "SUSPENDED";
}

/** For pages: the signed-in user, or a redirect to /signin that comes back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const returnTo = (await headers()).get("x-pathname") ?? "/home"; // set by proxy.ts
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return user;
}
