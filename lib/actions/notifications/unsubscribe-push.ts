"use server";

import { unsubscribePush } from "@/lib/push/subscriptions";
import { userAction } from "@/lib/safe-action";
import { pushEndpointSchema } from "@/lib/zod/push";

export const unsubscribePushAction = userAction
  .schema(pushEndpointSchema)
  .revalidates("none")
  .action(({ input, ctx }) => unsubscribePush(ctx.user, input));
