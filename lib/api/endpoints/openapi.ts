import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { apiEndpoints } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";

const description = [
  "A JSON API for your own clients: mobile apps, separate frontends, bots. It follows the same rules as the web app.",
  "Sign in with `POST /auth/token`, send the access token as `Authorization: Bearer <access>`, and trade the refresh token at `POST /auth/refresh` for a new pair before the access token's 30 minutes are up.",
  "Every refusal has the shape `{ \"error\": { \"code\", \"message\", \"fields\"? } }` with a matching status: 400 validation (with per-field messages), 401, 403, 404, 409, 413, 429 (with Retry-After).",
  "Lists are paged by cursor: pass the `nextCursor` of one page as `cursor` to get the next. Messages are paged by their `seq` within the conversation (`before` / `after`).",
  "Realtime: subscribe with pusher-js to the conversation and user channels, authorizing subscriptions at `POST /realtime/auth` with your bearer token.",
].join("\n\n");

const tags = [
  { name: "Authentication", description: "Access and refresh tokens." },
  { name: "Accounts", description: "Sign-up, email verification and password reset, for frontends built on the API alone." },
  { name: "Account", description: "The signed-in account." },
  { name: "Servers", description: "Communities: categories, finding and joining servers, their channels and members." },
  { name: "Messages", description: "The messages of a conversation: a server's channel or a direct thread, named by its conversationId." },
  { name: "Unread", description: "What you haven't read yet: the summary, marking read and unread, what counts (notification settings), and the activity inbox." },
  { name: "Notifications", description: "Reaching you when you're away: Web Push on your devices (the server's VAPID key, subscribing a browser), quiet hours and the email digest." },
  { name: "Files", description: "Attachments: upload straight to object storage with a signed URL, then send them with a message." },
  { name: "Link previews", description: "The card a message's first link gets (fetched by the server after the send), its removal by the author, and the server owner's switch." },
  { name: "Threads", description: "Direct conversations between two or more people." },
  { name: "Search", description: "Finding the messages you can read, with the web app's query language." },
  { name: "Safety", description: "Blocking people, reporting messages." },
  { name: "Moderation", description: "Staff's tools: time-outs, slow mode and the report queue." },
  { name: "Realtime", description: "Live events through Pusher Channels (pusher-js), for bearer-token clients." },
  { name: "Documentation", description: "This document." },
];

let document: ReturnType<typeof openApiDocument> | undefined;

/** The OpenAPI document of /api/v1 (built once per server process). */
export function apiDocument() {
  document ??= openApiDocument([...apiEndpoints, getOpenApiDocument], { description, tags });
  return document;
}

export const getOpenApiDocument = endpoint(
  {
    id: "getOpenApiDocument",
    method: "GET",
    path: "/openapi.json",
    tag: "Documentation",
    summary: "This API's OpenAPI 3.1 document",
    description: "Generated from the schemas that validate requests and responses. A readable version is at /api/docs.",
    auth: "none",
    response: z.looseObject({ openapi: z.literal("3.1.0") }),
  },
  async () => apiDocument(),
);
