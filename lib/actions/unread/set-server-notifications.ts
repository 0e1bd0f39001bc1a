"use server";

import { userAction } from "@/lib/safe-action";
import { setServerNotificationSetting } from "@/lib/unread/server-notifications";
import { setServerNotificationSettingSchema } from "@/lib/zod/notifications";

export const setServerNotificationsAction = userAction
  .schema(setServerNotificationSettingSchema)
  .revalidates("none")
  .action(({ input, ctx }) => setServerNotificationSetting(ctx.user, input));
