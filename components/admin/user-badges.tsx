import { Badge } from "@/components/ui/badge";

/** Role, status and verification at a glance. */
export function UserBadges({ user }: { user: { role: "USER" | "ADMIN"; status: "ACTIVE" | "SUSPENDED"; emailVerifiedAt: Date | null } }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {user.role === "ADMIN" && <Badge tone="accent">Admin</Badge>}
      {user.status === "SUSPENDED" && <Badge tone="danger">Suspended</Badge>}
      {!user.emailVerifiedAt && <Badge tone="warning">Unverified</Badge>}
    </span>
  );
}
