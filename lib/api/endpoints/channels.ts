import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { addChannelMembers, listChannelMembers, removeChannelMember } from "@/lib/channels/channel-members";
import { setChannelPrivacy } from "@/lib/channels/set-channel-privacy";
import { list } from "@/lib/zod/api";
import { channelMemberApiSchema, channelMemberParams, channelPrivacySchema } from "@/lib/zod/api-communities";
import { addChannelMembersSchema, channelIdSchema, setChannelPrivacySchema } from "@/lib/zod/channels";

// Private channels: only their chosen members and the server's owner and moderators see them.
// Managing them is for the owner and moderators (and platform admins); to anyone who can't see
// the channel these answer 404.

const tag = "Servers";

export const setChannelPrivacyEndpoint = endpoint(
  {
    id: "setChannelPrivacy",
    method: "PUT",
    path: "/channels/{channelId}/privacy",
    tag,
    summary: "Make a channel private, or open to the whole server (owner and moderators)",
    description: "A private channel is read only by the members chosen for it and the server's owner and moderators; everyone else gets 404 for it everywhere. Its chosen members are kept when it opens again.",
    auth: "user",
    params: channelIdSchema,
    body: setChannelPrivacySchema.pick({ private: true }),
    response: channelPrivacySchema,
    errors: ["forbidden", "not_found"],
  },
  ({ user, params, body }) => setChannelPrivacy(user, { ...params, ...body }),
);

export const listChannelMembersEndpoint = endpoint(
  {
    id: "listChannelMembers",
    method: "GET",
    path: "/channels/{channelId}/members",
    tag,
    summary: "The members chosen for a private channel (owner and moderators)",
    auth: "user",
    params: channelIdSchema,
    response: list(channelMemberApiSchema),
    errors: ["forbidden", "not_found", "conflict"],
  },
  async ({ user, params }) => ({
    items: (await listChannelMembers(user, params)).map(({ addedAt, ...member }) => ({ ...member, addedAt: addedAt.toISOString() })),
  }),
);

export const addChannelMembersEndpoint = endpoint(
  {
    id: "addChannelMembers",
    method: "POST",
    path: "/channels/{channelId}/members",
    tag,
    summary: "Add server members to a private channel (owner and moderators)",
    description: "Each must be a member of the server, not banned (else 400 on `userIds`). Someone already in it stays; `added` lists the new ones.",
    auth: "user",
    params: channelIdSchema,
    body: addChannelMembersSchema.pick({ userIds: true }),
    response: z.object({ channelId: z.string(), added: z.array(z.string()) }).meta({ id: "ChannelMembersAdded" }),
    errors: ["forbidden", "not_found", "conflict"],
  },
  ({ user, params, body }) => addChannelMembers(user, { ...params, ...body }),
);

export const removeChannelMemberEndpoint = endpoint(
  {
    id: "removeChannelMember",
    method: "DELETE",
    path: "/channels/{channelId}/members/{userId}",
    tag,
    summary: "Take someone out of a private channel (owner and moderators)",
    description: "Their open apps are told (`channel.access` on their user channel) and their realtime subscriptions to it are refused from then on.",
    auth: "user",
    params: channelMemberParams,
    errors: ["forbidden", "not_found", "conflict"],
  },
  async ({ user, params }) => {
    await removeChannelMember(user, params);
  },
);
