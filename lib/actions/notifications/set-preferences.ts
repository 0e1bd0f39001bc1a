"use server";

import { setNotificationPreferences } from "@/lib/notifications/preferences";
import { userAction } from "@/lib/safe-action";
import { notificationPreferencesSchema } from "@/lib/zod/notification-preferences";

export const setNotificationPreferencesAction = userAction
  .schema(notificationPreferencesSchema)
  .revalidates("page")
  .action(({ input, ctx }) => setNotificationPreferences(ctx.user, input));
