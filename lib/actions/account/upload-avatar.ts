"use server";

import { refresh } from "next/cache";
import { setAvatarFromUpload } from "@/lib/accounts/profile";
import { userAction } from "@/lib/safe-action";
import { avatarUploadSchema } from "@/lib/zod/accounts";

export const uploadAvatarAction = userAction.schema(avatarUploadSchema).action(async ({ input, ctx }) => {
  const image = await setAvatarFromUpload(ctx.user, input.avatar);
  refresh();
  return { image };
});
