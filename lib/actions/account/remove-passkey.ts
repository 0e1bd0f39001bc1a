"use server";

import { removePasskey } from "@/lib/accounts/passkeys";
import { userAction } from "@/lib/safe-action";
import { removePasskeySchema } from "@/lib/zod/passkeys";

export const removePasskeyAction = userAction
  .schema(removePasskeySchema)
  .revalidates("page")
  .action(({ input, ctx }) => removePasskey(ctx.user, input.passkeyId));
