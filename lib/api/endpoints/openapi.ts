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
  { name: "Account", description: "The signed-in account." },
  { name: "Servers", description: "Communities: categories, finding and joining servers, their channels and members." },
  { name: "Messages", description: "The messages of a conversation: a server's channel or a direct thread, named by its conversationId." },
  { name: "Threads", description: "Direct conversations between two or more people." },
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
