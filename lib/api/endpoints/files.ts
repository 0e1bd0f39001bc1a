import "server-only";
import { endpoint } from "@/lib/api/endpoint";
import { completeUpload, discardUpload, requestUpload } from "@/lib/files/attachments";
import { listConversationFiles } from "@/lib/files/queries";
import {
  apiAttachmentSchema,
  attachmentParams,
  completeUploadBody,
  filesPageSchema,
  filesQuery,
  requestedUploadSchema,
  requestUploadBody,
} from "@/lib/zod/api-files";
import { conversationParams } from "@/lib/zod/api-messaging";

const tag = "Files";

export const requestUploadEndpoint = endpoint(
  {
    id: "requestUpload",
    method: "POST",
    path: "/conversations/{conversationId}/uploads",
    tag,
    summary: "Start uploading a file to attach",
    description:
      "Give the file's name, size in bytes and content type; you get an `attachmentId` and a signed URL to PUT the bytes to, straight to the object store, with the headers given. Then call `POST /uploads/{attachmentId}/complete`, and send a message with the id in `attachmentIds`. At most 25 MB by default (the server's UPLOAD_MAX_BYTES); images (PNG, JPEG, GIF, WebP, AVIF), MP4/WebM video, common audio, PDF, text, archives and office documents.",
    auth: "verified",
    params: conversationParams,
    body: requestUploadBody,
    response: requestedUploadSchema,
    status: 201,
    errors: ["too_large", "rate_limited"],
  },
  ({ user, params, body }) => requestUpload(user, { ...body, conversationId: params.conversationId }),
);

export const completeUploadEndpoint = endpoint(
  {
    id: "completeUpload",
    method: "POST",
    path: "/uploads/{attachmentId}/complete",
    tag,
    summary: "Finish an upload",
    description:
      "After the PUT: the server checks what arrived (its size and type, and that an image or video really is one, by its bytes) and makes an image's thumbnail. A file that fails is deleted. Optional `alt` describes an image. Calling it again only changes the alt text.",
    auth: "verified",
    params: attachmentParams,
    body: completeUploadBody,
    response: apiAttachmentSchema,
    errors: ["too_large"],
  },
  ({ user, params, body }) => completeUpload(user, { ...body, attachmentId: params.attachmentId }),
);

export const discardUploadEndpoint = endpoint(
  {
    id: "discardUpload",
    method: "DELETE",
    path: "/uploads/{attachmentId}",
    tag,
    summary: "Drop an upload you won't send",
    description: "Deletes an upload not yet sent with a message (uploads never sent are also removed after a day).",
    auth: "user",
    params: attachmentParams,
  },
  async ({ user, params }) => {
    await discardUpload(user, params.attachmentId);
  },
);

export const listFilesEndpoint = endpoint(
  {
    id: "listFiles",
    method: "GET",
    path: "/conversations/{conversationId}/files",
    tag,
    summary: "A conversation's files",
    description: "The files of the messages you can read, newest first, paged by `cursor`.",
    auth: "user",
    params: conversationParams,
    query: filesQuery,
    response: filesPageSchema,
  },
  ({ user, params, query }) => listConversationFiles(user, params.conversationId, query),
);
