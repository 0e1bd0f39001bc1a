"use server";

import { z } from "zod";
import { removeAvatar } from "@/lib/accounts/profile";
import { userAction } from "@/lib/safe-action";

export const removeAvatarAction = userAction.schema(z.object({})).revalidates("page").action(async ({ ctx }) => {
  await removeAvatar(ctx.user);
});
