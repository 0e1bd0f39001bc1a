import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { updateServer } from "@/lib/servers/update-server";
import type { AdminUpdateServerInput } from "@/lib/zod/admin";

/** Edits any field of a server, its slug included (the communities service), recording what changed. */
export async function adminUpdateServer(actor: AdminActor, input: AdminUpdateServerInput) {
  assertAdmin(actor);
  const { icon, ...fields } = input;
  // The admin form holds the icon's address itself: a new one, the current one, or none.
  const edit = { ...fields, icon: undefined, iconUrl: icon ?? undefined, removeIcon: icon === null };
  return updateServer(actor, edit, {
    audit: (tx, { server, before, after }) =>
      recordAudit(tx, actor, "server.update", { type: "server", id: server.id }, { label: server.name, before, after }),
  });
}
