"use server";

import { z } from "zod";
import { passkeyRegistrationOptions } from "@/lib/accounts/passkeys";
import { userAction } from "@/lib/safe-action";

export const passkeyRegistrationOptionsAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => passkeyRegistrationOptions(ctx.user));
