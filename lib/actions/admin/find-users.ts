"use server";

import { findUsers } from "@/lib/admin/users/queries";
import { adminAction } from "@/lib/safe-action";
import { findUsersSchema } from "@/lib/zod/admin";

/** Suggestions for the user pickers (thread participants, new server owner). */
export const findUsersAction = adminAction.schema(findUsersSchema).revalidates("none").action(async ({ input }) => findUsers(input.q));
