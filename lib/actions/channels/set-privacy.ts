"use server";

import { setChannelPrivacy } from "@/lib/channels/set-channel-privacy";
import { userAction } from "@/lib/safe-action";
import { setChannelPrivacySchema } from "@/lib/zod/channels";

export const setChannelPrivacyAction = userAction.schema(setChannelPrivacySchema).revalidates("layout").action(({ input, ctx }) => setChannelPrivacy(ctx.user, input));
