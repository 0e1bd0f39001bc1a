"use server";

import { discardUpload } from "@/lib/files/attachments";
import { userAction } from "@/lib/safe-action";
import { attachmentRefSchema } from "@/lib/zod/files";

export const discardUploadAction = userAction.schema(attachmentRefSchema).revalidates("none").action(({ input, ctx }) => discardUpload(ctx.user, input.attachmentId));
