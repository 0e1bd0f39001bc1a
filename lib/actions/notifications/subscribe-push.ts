"use server";

import { subscribePush } from "@/lib/push/subscriptions";
import { userAction } from "@/lib/safe-action";
import { pushSubscriptionSchema } from "@/lib/zod/push";

export const subscribePushAction = userAction
  .schema(pushSubscriptionSchema)
  .revalidates("none")
  .action(({ input, ctx }) => subscribePush(ctx.user, input));
