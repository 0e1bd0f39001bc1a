"use server";

import { setAvatarFromUrl } from "@/lib/accounts/profile";
import { userAction } from "@/lib/safe-action";
import { avatarUrlSchema } from "@/lib/zod/accounts";

export const setAvatarUrlAction = userAction.schema(avatarUrlSchema).revalidates("page").action(async ({ input, ctx }) => {
  const image = await setAvatarFromUrl(ctx.user, input.url);
  return { image };
});
