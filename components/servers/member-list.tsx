import { PresenceAvatar } from "@/components/chat/presence-avatar";
import { UserCard } from "@/components/chat/user-card";
import { Badge } from "@/components/ui/badge";
import { MemberActions } from "@/components/servers/member-actions";
import { can, outranks, type ServerAccess } from "@/lib/access/server";
import type { MemberRow } from "@/lib/members/queries";

const groups = [
  { role: "OWNER", title: "Owner" },
  { role: "MODERATOR", title: "Moderators" },
  { role: "MEMBER", title: "Members" },
] as const;

/**
 * Members grouped by role, each with an online dot (live presence), a
 * card to message them, and what the viewer may do to them.
 */
export function MemberList({
  serverId,
  members,
  total,
  access,
  viewerId,
}: {
  serverId: string;
  members: MemberRow[];
  total: number;
  access: ServerAccess;
  viewerId: string;
}) {
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
                  <UserCard
                    user={{ id: member.id, username: member.username, fullName: member.fullName, image: member.image }}
                    viewerId={viewerId}
                    online={member.id === viewerId || undefined}
                    lastSeenAt={member.lastSeenAt?.toISOString() ?? null}
                  >
                    <button type="button" className="flex min-w-0 flex-1 items-center gap-2 text-left">
                      <PresenceAvatar name={member.fullName} src={member.image} userId={member.id} online={member.id === viewerId || undefined} />
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-sm font-medium">{member.fullName}</span>
                        <span className="block truncate text-xs text-muted">@{member.username}</span>
                      </span>
                    </button>
                  </UserCard>
                  {role === "MODERATOR" && <Badge tone="accent">mod</Badge>}
                  {member.timedOutUntil && (
                    <Badge tone="warning" title={`Timed out until ${member.timedOutUntil.toUTCString()}`}>
                      timed out
                    </Badge>
                  )}
                  {member.looksLikeStaff && (
                    <Badge tone="warning" title="This name looks like a staff member's: it may be an impersonation">
                      looks like staff
                    </Badge>
                  )}
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
