import { z } from "zod";
import { id } from "@/lib/zod/fields";
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

export const createChannelSchema = z.object({ serverId: id, name: channelName, topic });
export type CreateChannelInput = z.infer<typeof createChannelSchema>;

export const updateChannelSchema = z.object({ channelId: id, name: channelName, topic });
export type UpdateChannelInput = z.infer<typeof updateChannelSchema>;

export const channelIdSchema = z.object({ channelId: id });

export const reorderChannelsSchema = z.object({
  serverId: id,
  channelIds: z.array(id).min(1).max(MAX_CHANNELS_PER_SERVER),
});
export type ReorderChannelsInput = z.infer<typeof reorderChannelsSchema>;
