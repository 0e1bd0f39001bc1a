"use server";

import { completeUpload } from "@/lib/files/attachments";
import { verifiedAction } from "@/lib/safe-action";
import { completeUploadSchema } from "@/lib/zod/files";

export const completeUploadAction = verifiedAction.schema(completeUploadSchema).revalidates("none").action(({ input, ctx }) => completeUpload(ctx.user, input));
