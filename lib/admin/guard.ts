import "server-only";
import { notFound } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export type AdminActor = Pick<CurrentUser, "id" | "username" | "role" | "emailVerifiedAt">;

/** For admin pages: the signed-in admin; anyone else gets the 404 page (signed-out: sign-in). */
export async function requireAdminPage(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") notFound();
  return user;
}

/** For admin services: refuses a non-admin as if the thing did not exist. */
export function assertAdmin(actor: AdminActor): void {
  if (actor.role !== "ADMIN") throw new AppError("not_found", "Not found.");
}
