import "server-only";
import { endpoint } from "@/lib/api/endpoint";
import { deleteMessageForEveryone } from "@/lib/messages/delete-message";
import { editMessage, messageVersions } from "@/lib/messages/edit-message";
import { hideMessageForMe } from "@/lib/messages/hide-message";
import { locateMessage } from "@/lib/messages/locate";
import { listMessages } from "@/lib/messages/queries";
import { markReceipts } from "@/lib/messages/receipts";
import { sendMessage } from "@/lib/messages/send-message";
import { apiMessageSchema, conversationParams, editMessageBody, messageLocationSchema, messageParams, messageVersionsSchema, messagesPageSchema, receiptsBody, sendMessageBody } from "@/lib/zod/api-messaging";
import { messagesQuerySchema } from "@/lib/zod/messages";

const tag = "Messages";

export const listMessagesEndpoint = endpoint(
  {
    id: "listMessages",
    method: "GET",
    path: "/conversations/{conversationId}/messages",
    tag,
    summary: "A channel's or thread's messages, paged by seq",
    description:
      "Without `before` or `after`: the newest page, with receipts and who is in the conversation. `before=<seq>`: the page just older (scrolling back). `after=<seq>`: what came after, oldest first (catching up after a gap); add `changedSince=<serverTime of your last call>` to also learn of deletions. `around=<seq>`: the page around one message (jumping to it), with `hasOlder` and `hasNewer`; go on with `before` and `after=syncedTo`.",
    auth: "user",
    params: conversationParams,
    query: messagesQuerySchema,
    response: messagesPageSchema,
  },
  ({ user, params, query }) => listMessages(user, params.conversationId, query),
);

export const sendMessageEndpoint = endpoint(
  {
    id: "sendMessage",
    method: "POST",
    path: "/conversations/{conversationId}/messages",
    tag,
    summary: "Send a message",
    description:
      "Generate a `clientId` for each new message and send the same one again when retrying: the message is stored once, and a retry answers with it. Channels need membership; everything needs a verified email address. `replyToId` makes it a reply to a message of the same conversation (404 for any other, 409 once deleted): it then carries `replyTo`, a one-line quote of the original (`deleted: true` once the original is deleted). Everyone subscribed gets `message.created`.",
    auth: "verified",
    params: conversationParams,
    body: sendMessageBody,
    response: apiMessageSchema,
    status: 201,
    errors: ["conflict", "rate_limited"],
  },
  ({ user, params, body }) => sendMessage(user, { ...body, conversationId: params.conversationId }),
);

export const markReceiptsEndpoint = endpoint(
  {
    id: "markReceipts",
    method: "POST",
    path: "/conversations/{conversationId}/receipts",
    tag,
    summary: "Mark messages delivered and read",
    description:
      "Send the highest seq your client has received (`deliveredSeq`) and shown (`readSeq`); marks only move forward. Others see `receipts.updated`. About once a second at most is plenty.",
    auth: "user",
    params: conversationParams,
    body: receiptsBody,
  },
  async ({ user, params, body }) => {
    await markReceipts(user, { ...body, conversationId: params.conversationId });
  },
);

export const deleteMessageEndpoint = endpoint(
  {
    id: "deleteMessage",
    method: "DELETE",
    path: "/messages/{messageId}",
    tag,
    summary: "Delete a message for everyone",
    description: "Its author may, and so may the server's owner and moderators. The text is erased; a placeholder keeps its seq. Deleting twice is not an error.",
    auth: "user",
    params: messageParams,
  },
  async ({ user, params }) => {
    await deleteMessageForEveryone(user, params);
  },
);

export const hideMessageEndpoint = endpoint(
  {
    id: "hideMessage",
    method: "POST",
    path: "/messages/{messageId}/hide",
    tag,
    summary: "Delete a message for yourself",
    description: "Only you stop seeing it, on all of your devices (they get `message.hidden` on your user channel).",
    auth: "user",
    params: messageParams,
  },
  async ({ user, params }) => {
    await hideMessageForMe(user, params);
  },
);

export const locateMessageEndpoint = endpoint(
  {
    id: "locateMessage",
    method: "GET",
    path: "/messages/{messageId}",
    tag,
    summary: "Where a message is (message links)",
    description:
      "Its conversation and seq, for any message you may read (404 otherwise, whether it exists or not). The web app's message links `/m/{messageId}` open `path`.",
    auth: "user",
    params: messageParams,
    response: messageLocationSchema,
  },
  ({ user, params }) => locateMessage(user, params.messageId),
);

export const editMessageEndpoint = endpoint(
  {
    id: "editMessage",
    method: "PATCH",
    path: "/messages/{messageId}",
    tag,
    summary: "Edit your message",
    description:
      "Only its author may, while they may still post there, and not once it is deleted (409). The text it replaces is kept in its history. Everyone subscribed gets `message.updated`; clients catching up with `changedSince` find it in `changes.edited`.",
    auth: "verified",
    params: messageParams,
    body: editMessageBody,
    response: apiMessageSchema,
    errors: ["conflict"],
  },
  ({ user, params, body }) => editMessage(user, { ...body, messageId: params.messageId }),
);

export const messageVersionsEndpoint = endpoint(
  {
    id: "listMessageVersions",
    method: "GET",
    path: "/messages/{messageId}/versions",
    tag,
    summary: "A message's edit history",
    description: "Its earlier texts, oldest first, for anyone who may read the message.",
    auth: "user",
    params: messageParams,
    response: messageVersionsSchema,
  },
  async ({ user, params }) => ({ versions: await messageVersions(user, params) }),
);
