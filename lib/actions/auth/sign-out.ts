"use server";

import { signOut } from "@/lib/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Ends this browser's session: its row is deleted, so a copied cookie stops working too. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await db.session.deleteMany({ where: { id: user.sessionId } });
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
