"use server";

import { userAction } from "@/lib/safe-action";
import { setNotificationSetting } from "@/lib/unread/notifications";
import { setNotificationSettingSchema } from "@/lib/zod/notifications";

export const setNotificationsAction = userAction
  .schema(setNotificationSettingSchema)
  .revalidates("none")
  .action(({ input, ctx }) => setNotificationSetting(ctx.user, input));
