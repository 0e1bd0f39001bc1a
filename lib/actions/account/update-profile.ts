"use server";

import { updateProfile } from "@/lib/accounts/profile";
import { userAction } from "@/lib/safe-action";
import { updateProfileSchema } from "@/lib/zod/accounts";

// "page": the header shows the name.
export const updateProfileAction = userAction.schema(updateProfileSchema).revalidates("page").action(({ input, ctx }) => updateProfile(ctx.user, input));
