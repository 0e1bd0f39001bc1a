"use server";

import { setAvatarFromUpload } from "@/lib/accounts/profile";
import { userAction } from "@/lib/safe-action";
import { avatarUploadSchema } from "@/lib/zod/accounts";

export const uploadAvatarAction = userAction.schema(avatarUploadSchema).revalidates("page").action(async ({ input, ctx }) => {
  const image = await setAvatarFromUpload(ctx.user, input.avatar);
  return { image };
});
