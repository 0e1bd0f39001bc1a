import "server-only";
import type { Actor } from "@/lib/access/server";
import { requireManagedChannel } from "@/lib/channels/access";
import { db } from "@/lib/db";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { SetChannelPrivacyInput } from "@/lib/zod/channels";

/**
 * Makes a channel private (from then on only its chosen members and the server's owner and
 * moderators read it) or open to the whole server again; the chosen members are kept either way.
 * Members' open tabs refresh their channel list (one event on the server's channel).
 */
export async function setChannelPrivacy(actor: Actor, input: SetChannelPrivacyInput) {
  const { channel } = await requireManagedChannel(actor, input.channelId);
  if (channel.private !== input.private) {
    await db.channel.update({ where: { id: channel.id }, data: { private: input.private } });
    publishAfterResponse([publication("server", channel.serverId, "channels.changed", {})]);
  }
  return { channelId: channel.id, private: input.private };
}
