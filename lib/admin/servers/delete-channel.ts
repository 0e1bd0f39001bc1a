import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { deleteChannel } from "@/lib/channels/delete-channel";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes a channel and its messages (the communities service: a server keeps at least one). */
export async function adminDeleteChannel(actor: AdminActor, channelId: string) {
  assertAdmin(actor);
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, name: true, slug: true, serverId: true, server: { select: { name: true } }, conversation: { select: { lastSeq: true } } },
  });
  if (!channel) throw notFound("That channel");
  return deleteChannel(actor, { channelId }, {
    audit: (tx) =>
      recordAudit(tx, actor, "channel.delete", { type: "channel", id: channel.id }, {
        label: `#${channel.name} in ${channel.server.name}`,
        serverId: channel.serverId,
        before: { name: channel.name, slug: channel.slug, messages: channel.conversation.lastSeq },
      }),
  });
}
