import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { updateChannel } from "@/lib/channels/update-channel";
import type { AdminUpdateChannelInput } from "@/lib/zod/admin";

/** Edits a channel's name, slug and topic (the communities service), recording what it was. */
export async function adminUpdateChannel(actor: AdminActor, input: AdminUpdateChannelInput) {
  assertAdmin(actor);
  return updateChannel(actor, input, {
    audit: (tx, { channel, before, after }) =>
      recordAudit(tx, actor, "channel.update", { type: "channel", id: channel.id }, {
        label: `#${after.name} in ${channel.serverName}`,
        serverId: channel.serverId,
        before,
        after,
      }),
  });
}
