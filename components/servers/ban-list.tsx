"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { formatDistanceToNowStrict } from "date-fns";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { unbanMemberAction } from "@/lib/actions/members/unban";

type Ban = { id: string; fullName: string; username: string; image: string | null; bannedAt: Date | null };

export function BanList({ serverId, bans }: { serverId: string; bans: Ban[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (bans.length === 0) return <p className="text-sm text-muted">Nobody is banned.</p>;
  return (
    <ul className="space-y-1">
      {bans.map((ban) => (
        <li key={ban.id} className="flex items-center gap-2 rounded-md px-2 py-1.5">
          <Avatar name={ban.fullName} src={ban.image} size="sm" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium">{ban.fullName}</p>
            <p className="truncate text-xs text-muted">
              @{ban.username}
              {ban.bannedAt && (
                // The server and the browser may render a moment apart ("5 seconds ago" vs "6 seconds ago").
                <time dateTime={new Date(ban.bannedAt).toISOString()} suppressHydrationWarning>
                  {` · banned ${formatDistanceToNowStrict(ban.bannedAt, { addSuffix: true })}`}
                </time>
              )}
            </p>
          </div>
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                toastOutcome(await unbanMemberAction({ serverId, userId: ban.id }), `${ban.fullName} may join again`);
                router.refresh();
              })
            }
          >
            Lift ban
          </Button>
        </li>
      ))}
    </ul>
  );
}
