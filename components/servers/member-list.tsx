import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { MemberActions } from "@/components/servers/member-actions";
import { can, outranks, type ServerAccess } from "@/lib/access/server";
import type { MemberRow } from "@/lib/members/queries";

const groups = [
  { role: "OWNER", title: "Owner" },
  { role: "MODERATOR", title: "Moderators" },
  { role: "MEMBER", title: "Members" },
] as const;

/** Members grouped by role, each with what the viewer may do to them. */
export function MemberList({ serverId, members, total, access }: { serverId: string; members: MemberRow[]; total: number; access: ServerAccess }) {
  return (
    <div className="space-y-4">
      {groups.map(({ role, title }) => {
        const group = members.filter((m) => m.role === role);
        if (group.length === 0) return null;
        return (
          <section key={role} aria-label={title}>
            <h3 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">
              {title} — {group.length}
            </h3>
            <ul className="space-y-0.5">
              {group.map((member) => (
                <li key={member.id} className="group flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-surface-muted">
                  <Avatar name={member.fullName} src={member.image} size="sm" />
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium">{member.fullName}</p>
                    <p className="truncate text-xs text-muted">@{member.username}</p>
                  </div>
                  {role === "MODERATOR" && <Badge tone="accent">mod</Badge>}
                  {member.id !== access.server.ownerId && (
                    <MemberActions
                      serverId={serverId}
                      member={member}
                      canSetRoles={can.setRoles(access) && role !== "OWNER"}
                      canRemove={can.moderate(access) && outranks(access, member.role)}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {total > members.length && <p className="px-2 text-xs text-muted">and {(total - members.length).toLocaleString("en")} more</p>}
    </div>
  );
}
