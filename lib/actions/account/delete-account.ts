"use server";

import { deleteOwnAccount } from "@/lib/accounts/delete-account";
import { signOut } from "@/lib/auth";
import { userAction } from "@/lib/safe-action";
import { deleteAccountSchema } from "@/lib/zod/accounts";

/** Deletes the signed-in person's account, clears their cookie and shows the sign-in page with a goodbye. */
export const deleteAccountAction = userAction.schema(deleteAccountSchema).revalidates("none").action(async ({ input, ctx }) => {
  await deleteOwnAccount(ctx.user, input);
  await signOut({ redirectTo: "/signin?deleted=1" });
});
