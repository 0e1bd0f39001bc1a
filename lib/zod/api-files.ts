import { z } from "zod";
import { attachmentSchema } from "@/lib/realtime/catalogue";
import { cursorPage, timestamp } from "@/lib/zod/api";
import { id } from "@/lib/zod/fields";
import { completeUploadSchema, requestUploadSchema } from "@/lib/zod/files";

// The JSON API's shapes for files (lib/api/endpoints/files.ts).

export const apiAttachmentSchema = attachmentSchema.clone();
z.globalRegistry.add(apiAttachmentSchema, {
  id: "Attachment",
  description:
    "A file a message carries. `url` (and `thumbnailUrl`, an image's WebP preview) are this app's routes: request them with your bearer token and follow the redirect to a signed URL on the object store, valid for 2 minutes.",
});

export const requestUploadBody = requestUploadSchema.omit({ conversationId: true });

export const requestedUploadSchema = z
  .object({
    attachmentId: z.string(),
    upload: z.object({
      url: z.string().describe("PUT the file's bytes here, directly to the object store."),
      method: z.literal("PUT"),
      headers: z.record(z.string(), z.string()).describe("Send exactly these headers with the body (they are signed)."),
      expiresAt: timestamp,
    }),
  })
  .meta({ id: "RequestedUpload" });

export const attachmentParams = z.object({ attachmentId: id });
export const completeUploadBody = completeUploadSchema.omit({ attachmentId: true });

export const conversationFileSchema = z
  .object({ ...attachmentSchema.shape, messageId: z.string(), seq: z.number().int(), authorId: z.string().nullable(), createdAt: timestamp })
  .meta({ id: "ConversationFile", description: "An attachment with the message it came in." });

export const filesPageSchema = cursorPage(conversationFileSchema);
export const filesQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
