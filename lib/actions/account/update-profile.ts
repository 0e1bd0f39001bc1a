"use server";

import { refresh } from "next/cache";
import { updateProfile } from "@/lib/accounts/profile";
import { userAction } from "@/lib/safe-action";
import { updateProfileSchema } from "@/lib/zod/accounts";

export const updateProfileAction = userAction.schema(updateProfileSchema).action(async ({ input, ctx }) => {
  const profile = await updateProfile(ctx.user, input);
  refresh(); // the header shows the name
  return profile;
});
