import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { getMessagePolicy, setMessagePolicy } from "@/lib/requests/policy";
import { acceptMessageRequest, ignoreMessageRequest, listMessageRequests } from "@/lib/requests/requests";
import { list } from "@/lib/zod/api";
import { messagePolicy, messagePolicySchema, messageRequestSchema } from "@/lib/zod/message-requests";

const tag = "Safety";

const policySchema = z
  .object({
    policy: messagePolicy.describe(
      "ANYONE: everyone (a first message from someone you share no server or thread with arrives as a message request); SERVERS: people in your servers (anyone else's arrives as a request); NOBODY: nobody can start a thread with you or add you to one.",
    ),
  })
  .meta({ id: "MessagePolicy" });

const person = z.object({ id: z.string(), username: z.string(), fullName: z.string(), image: z.string().nullable() });
const requestSchema = z
  .object({
    threadId: z.string(),
    conversationId: z.string(),
    title: z.string(),
    others: z.array(person),
    lastMessageAt: z.string().nullable(),
    lastMessage: z.object({ body: z.string(), author: z.string().nullable() }).nullable(),
  })
  .meta({ id: "MessageRequest" });

export const getMessagePolicyEndpoint = endpoint(
  { id: "getMessagePolicy", method: "GET", path: "/me/message-policy", tag, summary: "Who can message you", auth: "user", response: policySchema },
  async ({ user }) => ({ policy: await getMessagePolicy(user.id) }),
);

export const setMessagePolicyEndpoint = endpoint(
  {
    id: "setMessagePolicy",
    method: "PUT",
    path: "/me/message-policy",
    tag,
    summary: "Choose who can message you",
    description: "Threads that already exist go on as they are.",
    auth: "user",
    body: messagePolicySchema,
    response: policySchema,
  },
  ({ user, body }) => setMessagePolicy(user, body),
);

export const listMessageRequestsEndpoint = endpoint(
  {
    id: "listMessageRequests",
    method: "GET",
    path: "/me/message-requests",
    tag,
    summary: "Your message requests, newest message first",
    description:
      "Threads started (or groups you were added to) by people your settings send to requests. You read them through the thread's messages as usual; they count no unread, send no notification or receipt until accepted. `requests.changed` on your user channel says when to read the list again.",
    auth: "user",
    response: list(requestSchema),
  },
  async ({ user }) => ({
    items: (await listMessageRequests(user.id)).map(({ lastMessageAt, ...rest }) => ({ ...rest, lastMessageAt: lastMessageAt?.toISOString() ?? null })),
  }),
);

export const acceptMessageRequestEndpoint = endpoint(
  {
    id: "acceptMessageRequest",
    method: "POST",
    path: "/me/message-requests/{threadId}/accept",
    tag,
    summary: "Accept a message request: it becomes an ordinary thread, read up to now",
    description: "An ignored request can be accepted too.",
    auth: "user",
    params: messageRequestSchema,
    response: messageRequestSchema,
    errors: ["not_found"],
  },
  ({ user, params }) => acceptMessageRequest(user, params),
);

export const ignoreMessageRequestEndpoint = endpoint(
  {
    id: "ignoreMessageRequest",
    method: "POST",
    path: "/me/message-requests/{threadId}/ignore",
    tag,
    summary: "Ignore a message request: it leaves your requests; its sender is not told",
    description: "To block the sender as well, POST /me/blocks (blocking also ignores their requests).",
    auth: "user",
    params: messageRequestSchema,
    errors: ["not_found"],
  },
  ({ user, params }) => ignoreMessageRequest(user, params),
);
