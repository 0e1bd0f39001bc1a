import { z } from "zod";
import { ATTACHMENT_TYPES, MAX_ALT_TEXT, MAX_ATTACHMENTS, MAX_FILE_NAME, normalizeContentType } from "@/lib/files/limits";
import { id } from "@/lib/zod/fields";
import { trimInvisible } from "@/lib/zod/visible-text";

/** A file's name as shown to others: no path, no control characters, at most 200 characters. */
export const fileName = z
  .string({ error: "Name the file" })
  .transform((value) => trimInvisible(value.replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f\u007f]/g, "")))
  .pipe(z.string().min(1, "Name the file").max(MAX_FILE_NAME, `File names can be at most ${MAX_FILE_NAME} characters`));

/** The file's size as the browser reports it; the server's limit (UPLOAD_MAX_BYTES) is checked by the service. */
export const fileSize = z.coerce.number({ error: "Give the file's size" }).int("Give the file's size in bytes").min(1, "This file is empty");

export const fileType = z
  .string()
  .max(255)
  .default("")
  .transform(normalizeContentType)
  .refine((type) => ATTACHMENT_TYPES.includes(type), "This kind of file can't be attached");

/** Asks for a place to upload one file to, in a conversation the caller may post in. */
export const requestUploadSchema = z.object({ conversationId: id, name: fileName, size: fileSize, contentType: fileType });
export type RequestUploadInput = z.infer<typeof requestUploadSchema>;

export const attachmentRefSchema = z.object({ attachmentId: id });
export type AttachmentRefInput = z.infer<typeof attachmentRefSchema>;

export const altText = z
  .string()
  .transform(trimInvisible)
  .pipe(z.string().max(MAX_ALT_TEXT, `Alt text can be at most ${MAX_ALT_TEXT} characters`));

/** After the browser's upload: the app checks the object, and keeps the image's alt text. */
export const completeUploadSchema = attachmentRefSchema.extend({ alt: altText.optional() });
export type CompleteUploadInput = z.infer<typeof completeUploadSchema>;

/** The uploads a message carries, in the order shown. */
export const attachmentIds = z
  .array(id, { error: "Invalid attachments" })
  .max(MAX_ATTACHMENTS, `At most ${MAX_ATTACHMENTS} files per message`)
  .refine((ids) => new Set(ids).size === ids.length, "The same file is attached twice");
