"use server";

import { z } from "zod";
import { startTwoFactorSetup } from "@/lib/accounts/two-factor";
import { userAction } from "@/lib/safe-action";

export const startTwoFactorSetupAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => startTwoFactorSetup(ctx.user));
