import { endpoint } from "@/lib/api/endpoint";
import { deleteMessageForEveryone } from "@/lib/messages/delete-message";
import { hideMessageForMe } from "@/lib/messages/hide-message";
import { listMessages } from "@/lib/messages/queries";
import { markReceipts } from "@/lib/messages/receipts";
import { sendMessage } from "@/lib/messages/send-message";
import { apiMessageSchema, conversationParams, messageParams, messagesPageSchema, receiptsBody, sendMessageBody } from "@/lib/zod/api-messaging";
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
      "Without `before` or `after`: the newest page, with receipts and who is in the conversation. `before=<seq>`: the page just older (scrolling back). `after=<seq>`: what came after, oldest first (catching up after a gap); add `changedSince=<serverTime of your last call>` to also learn of deletions.",
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
      "Generate a `clientId` for each new message and send the same one again when retrying: the message is stored once, and a retry answers with it. Channels need membership; everything needs a verified email address. Everyone subscribed gets `message.created`.",
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
