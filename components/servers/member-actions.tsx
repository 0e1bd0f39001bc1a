"use client";

import { MoreHorizontal, Shield, ShieldOff, UserMinus, Ban } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { banMemberAction } from "@/lib/actions/members/ban";
import { removeMemberAction } from "@/lib/actions/members/remove";
import { setMemberRoleAction } from "@/lib/actions/members/set-role";
import type { ActionResult } from "@/lib/safe-action";

type Member = { id: string; fullName: string; role: "OWNER" | "MODERATOR" | "MEMBER" };

/** What the viewer may do to one member: change role (owner/admin), remove or ban (if they outrank). */
export function MemberActions({ serverId, member, canSetRoles, canRemove }: { serverId: string; member: Member; canSetRoles: boolean; canRemove: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const target = { serverId, userId: member.id };

  async function outcome(result: ActionResult<unknown>, success: string) {
    if (!result.ok) {
      toast.error(result.error.message);
      return false;
    }
    toast.success(success);
    router.refresh();
  }

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
        {canSetRoles &&
          (member.role === "MEMBER" ? (
            <DropdownMenuItem onSelect={() => startTransition(async () => void (await outcome(await setMemberRoleAction({ ...target, role: "MODERATOR" }), `${member.fullName} is now a moderator`)))}>
              <Shield className="size-4" aria-hidden /> Make moderator
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => startTransition(async () => void (await outcome(await setMemberRoleAction({ ...target, role: "MEMBER" }), `${member.fullName} is no longer a moderator`)))}>
              <ShieldOff className="size-4" aria-hidden /> Remove moderator role
            </DropdownMenuItem>
          ))}
        {canRemove && (
          <>
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
