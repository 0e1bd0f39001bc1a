"use server";

import { addPasskey } from "@/lib/accounts/passkeys";
import { userAction } from "@/lib/safe-action";
import { addPasskeySchema } from "@/lib/zod/passkeys";

export const addPasskeyAction = userAction
  .schema(addPasskeySchema)
  .revalidates("page")
  .action(({ input, ctx }) => addPasskey(ctx.user, input.name, input.response));
