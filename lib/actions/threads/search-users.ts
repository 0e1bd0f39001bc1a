"use server";

import { userAction } from "@/lib/safe-action";
import { searchUsers } from "@/lib/threads/queries";
import { userSearchSchema } from "@/lib/zod/threads";

/** People to start a thread with (the "new message" picker). */
export const searchUsersAction = userAction.schema(userSearchSchema).revalidates("none").action(async ({ input, ctx }) =>
  (await searchUsers(ctx.user.id, input.q)).map(({ lastSeenAt, ...person }) => ({ ...person, lastSeenAt: lastSeenAt?.toISOString() ?? null })),
);
