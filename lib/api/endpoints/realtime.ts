import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { authorizeSubscription, subscriptionSchema } from "@/lib/realtime/authorize";
import { realtimeClientConfig } from "@/lib/realtime/config";

const tag = "Realtime";

export const getRealtimeConfig = endpoint(
  {
    id: "getRealtimeConfig",
    method: "GET",
    path: "/realtime/config",
    tag,
    summary: "How to connect pusher-js",
    description:
      "The options for `new Pusher(key, { cluster, wsHost, wsPort, forceTLS, channelAuthorization: { endpoint: \"/api/v1/realtime/auth\", transport: \"ajax\", headers: { Authorization: \"Bearer <access>\" } } })`.",
    auth: "user",
    response: z
      .object({
        key: z.string(),
        cluster: z.string(),
        wsHost: z.string().optional().describe("Set for a self-hosted Pusher-compatible server (Soketi)."),
        wsPort: z.number().int().optional(),
        forceTLS: z.boolean(),
      })
      .meta({ id: "RealtimeConfig" }),
  },
  async () => realtimeClientConfig(),
);

export const authorizeRealtime = endpoint(
  {
    id: "authorizeRealtime",
    method: "POST",
    path: "/realtime/auth",
    tag,
    summary: "Sign a private or presence channel subscription",
    description:
      "pusher-js calls this before joining `private-conversation-<conversationId>`, `presence-conversation-<conversationId>` or `private-user-<your id>`; it posts `socket_id` and `channel_name` form-encoded (JSON works too). Conversations need a verified email address and the right to read them; anything else is refused with 403.",
    auth: "user",
    body: subscriptionSchema,
    acceptsForm: true,
    response: z
      .object({ auth: z.string(), channel_data: z.string().optional().describe("Presence channels: your member info.") })
      .meta({ id: "ChannelAuthorization" }),
  },
  ({ user, body }) => authorizeSubscription(user, body),
);
