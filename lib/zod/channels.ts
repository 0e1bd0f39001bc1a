import { z } from "zod";
import { asArray, flag, id } from "@/lib/zod/fields";
import { visibleName } from "@/lib/zod/visible-text";

export const CHANNEL_NAME_MAX = 50;
export const CHANNEL_TOPIC_MAX = 200;
export const MAX_CHANNELS_PER_SERVER = 100;

/** A channel's display name as typed (a leading "#" is dropped); its slug is derived from it. */
export const channelName = z
  .string({ error: "Name the channel" })
  .trim()
  .transform((value) => value.replace(/^#+/, "").replace(/\s+/g, " ").trim())
  .pipe(visibleName(z.string().min(1, "Name the channel").max(CHANNEL_NAME_MAX, `Use at most ${CHANNEL_NAME_MAX} characters`)));

const topic = z.string().trim().max(CHANNEL_TOPIC_MAX, `Use at most ${CHANNEL_TOPIC_MAX} characters`).default("");

/** Private: only the members chosen for it, and the server's owner and moderators, see it. */
export const createChannelSchema = z.object({ serverId: id, name: channelName, topic, private: flag.default(false) });
export type CreateChannelInput = z.infer<typeof createChannelSchema>;

export const updateChannelSchema = z.object({ channelId: id, name: channelName, topic });
export type UpdateChannelInput = z.infer<typeof updateChannelSchema>;

export const channelIdSchema = z.object({ channelId: id });

export const reorderChannelsSchema = z.object({
  serverId: id,
  channelIds: z.array(id).min(1).max(MAX_CHANNELS_PER_SERVER),
});
export type ReorderChannelsInput = z.infer<typeof reorderChannelsSchema>;

/** Makes a channel private (only its chosen members and the staff see it) or open to the whole server again. */
export const setChannelPrivacySchema = z.object({ channelId: id, private: flag });
export type SetChannelPrivacyInput = z.infer<typeof setChannelPrivacySchema>;

/** People added to a private channel at once. */
export const CHANNEL_MEMBERS_PER_ADD = 50;

export const addChannelMembersSchema = z.object({
  channelId: id,
  userIds: z.preprocess(asArray, z.array(id, { error: "Choose who to add" }).min(1, "Choose at least one person").max(CHANNEL_MEMBERS_PER_ADD, `Add at most ${CHANNEL_MEMBERS_PER_ADD} people at once`)),
});
export type AddChannelMembersInput = z.infer<typeof addChannelMembersSchema>;

export const channelMemberSchema = z.object({ channelId: id, userId: id });
export type ChannelMemberInput = z.infer<typeof channelMemberSchema>;

/** Server members to offer for a private channel (the people picker's search). */
export const channelMemberSearchSchema = z.object({ channelId: id, q: z.string().trim().max(80).default("") });
