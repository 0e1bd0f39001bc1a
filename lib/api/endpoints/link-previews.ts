import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { removeLinkPreview } from "@/lib/links/remove-preview";
import { setLinkPreviews } from "@/lib/servers/link-previews";
import { messageParams } from "@/lib/zod/api-messaging";
import { serverParams } from "@/lib/zod/api-communities";
import { setLinkPreviewsSchema } from "@/lib/zod/servers";

const tag = "Link previews";

export const removeLinkPreviewEndpoint = endpoint(
  {
    id: "removeLinkPreview",
    method: "DELETE",
    path: "/messages/{messageId}/link-preview",
    tag,
    summary: "Remove your message's link preview",
    description:
      "The first http(s) link of a message gets a preview (`linkPreview`: site, title, description, an image served by us), fetched by the server after the send and announced with `message.preview`. Its author may remove it for good (403 for anyone else); everyone subscribed gets `message.preview` with `linkPreview: null`. Removing twice is not an error.",
    auth: "user",
    params: messageParams,
    errors: ["forbidden"],
  },
  async ({ user, params }) => {
    await removeLinkPreview(user, params);
  },
);

export const setLinkPreviewsEndpoint = endpoint(
  {
    id: "setLinkPreviews",
    method: "PUT",
    path: "/servers/{serverId}/link-previews",
    tag,
    summary: "Turn link previews on or off in a server (owner)",
    description: "Off: new messages in the server's channels get no preview (previews already shown stay). On by default. The owner and platform admins may change it.",
    auth: "user",
    params: serverParams,
    body: setLinkPreviewsSchema.pick({ enabled: true }),
    response: z.object({ serverId: z.string(), linkPreviews: z.boolean() }).meta({ id: "LinkPreviewsSetting" }),
    errors: ["forbidden", "not_found"],
  },
  ({ user, params, body }) => setLinkPreviews(user, { ...params, ...body }),
);
