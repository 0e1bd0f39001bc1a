"use server";

import { requestUpload } from "@/lib/files/attachments";
import { verifiedAction } from "@/lib/safe-action";
import { requestUploadSchema } from "@/lib/zod/files";

export const requestUploadAction = verifiedAction.schema(requestUploadSchema).revalidates("none").action(({ input, ctx }) => requestUpload(ctx.user, input));
