"use client";

import { MoreHorizontal, Shield, ShieldOff, UserMinus, Ban, Timer, TimerOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { banMemberAction } from "@/lib/actions/members/ban";
import { removeMemberAction } from "@/lib/actions/members/remove";
import { setMemberRoleAction } from "@/lib/actions/members/set-role";
import { timeOutMemberAction } from "@/lib/actions/members/time-out";
import type { ActionResult } from "@/lib/safe-action";
import { toastOutcome } from "@/components/servers/toast-outcome";

type Member = { id: string; fullName: string; role: "OWNER" | "MODERATOR" | "MEMBER"; timedOutUntil: Date | null };

const timeOuts = [
  ["1h", "1 hour"],
  ["1d", "1 day"],
  ["1w", "1 week"],
] as const;

/** What the viewer may do to one member: change role (owner/admin), time out, remove or ban (if they outrank). */
export function MemberActions({ serverId, member, canSetRoles, canRemove }: { serverId: string; member: Member; canSetRoles: boolean; canRemove: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const target = { serverId, userId: member.id };

  async function outcome(result: ActionResult<unknown>, success: string) {
    if (!toastOutcome(result, success)) return false;
    router.refresh();
  }

  const promote = member.role === "MEMBER";
  const RoleIcon = promote ? Shield : ShieldOff;

  if (!canSetRoles && !canRemove) return null;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        disabled={pending}
        className="rounded-md p-1 text-muted opacity-70 hover:bg-surface-muted hover:text-foreground hover:opacity-100 focus-visible:opacity-100"
        aria-label={`Manage ${member.fullName}`}
      >
        <MoreHorizontal className="size-4" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{member.fullName}</DropdownMenuLabel>
        {canSetRoles && (
          <DropdownMenuItem
            onSelect={() =>
              startTransition(async () => {
                const result = await setMemberRoleAction({ ...target, role: promote ? "MODERATOR" : "MEMBER" });
                await outcome(result, promote ? `${member.fullName} is now a moderator` : `${member.fullName} is no longer a moderator`);
              })
            }
          >
            <RoleIcon className="size-4" aria-hidden /> {promote ? "Make moderator" : "Remove moderator role"}
          </DropdownMenuItem>
        )}
        {canRemove && (
          <>
            <DropdownMenuSeparator />
            {member.timedOutUntil ? (
              <DropdownMenuItem
                onSelect={() =>
                  startTransition(async () => {
                    await outcome(await timeOutMemberAction({ ...target, duration: "lift" }), `${member.fullName} can post again`);
                  })
                }
              >
                <TimerOff className="size-4" aria-hidden /> Lift time-out
              </DropdownMenuItem>
            ) : (
              timeOuts.map(([duration, label]) => (
                <DropdownMenuItem
                  key={duration}
                  onSelect={() =>
                    startTransition(async () => {
                      await outcome(await timeOutMemberAction({ ...target, duration }), `${member.fullName} is timed out for ${label}`);
                    })
                  }
                >
                  <Timer className="size-4" aria-hidden /> Time out for {label}
                </DropdownMenuItem>
              ))
            )}
            <DropdownMenuSeparator />
            <ConfirmDialog
              trigger={
                <DropdownMenuItem destructive onSelect={(event) => event.preventDefault()}>
                  <UserMinus className="size-4" aria-hidden /> Remove from server
                </DropdownMenuItem>
              }
              title={`Remove ${member.fullName}?`}
              description="They lose access now, but may join again (public server) or with a new invite."
              confirmLabel="Remove"
              onConfirm={async () => outcome(await removeMemberAction(target), `${member.fullName} was removed`)}
            />
            <ConfirmDialog
              trigger={
                <DropdownMenuItem destructive onSelect={(event) => event.preventDefault()}>
                  <Ban className="size-4" aria-hidden /> Ban from server
                </DropdownMenuItem>
              }
              title={`Ban ${member.fullName}?`}
              description="They lose access now and can't join again, even with an invite, until you lift the ban in server settings."
              confirmLabel="Ban"
              onConfirm={async () => outcome(await banMemberAction(target), `${member.fullName} was banned`)}
            />
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
