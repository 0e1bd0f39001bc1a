"use client";

import { useRouter } from "next/navigation";
import { Ban, KeyRound, Mail, MailCheck, RotateCcw, ShieldMinus, ShieldPlus, Trash2 } from "lucide-react";
import { ActionButton } from "@/components/admin/action-button";
import { runAction } from "@/components/admin/run-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteUsersAction } from "@/lib/actions/admin/delete-users";
import { forcePasswordResetAction } from "@/lib/actions/admin/force-password-reset";
import { reactivateUserAction } from "@/lib/actions/admin/reactivate-user";
import { resendVerificationAction } from "@/lib/actions/admin/resend-verification";
import { setUserRoleAction } from "@/lib/actions/admin/set-user-role";
import { suspendUsersAction } from "@/lib/actions/admin/suspend-users";
import { verifyUserEmailAction } from "@/lib/actions/admin/verify-user-email";

type Target = { id: string; username: string; role: "USER" | "ADMIN"; status: "ACTIVE" | "SUSPENDED"; emailVerifiedAt: Date | null };

/** Everything an admin can do to one account, with the reasons when something isn't possible. */
export function UserActions({ user, isMe }: { user: Target; isMe: boolean }) {
  const router = useRouter();
  const name = `@${user.username}`;
  const suspended = user.status === "SUSPENDED";
  const isAdmin = user.role === "ADMIN";
  const fullWidth = "w-full justify-start";
  return (
    <Card className="h-fit p-4">
      <h2 className="mb-3 font-semibold">Actions</h2>
      {isMe && <p className="mb-3 text-sm text-muted">This is your account: another admin must change its role, suspend or delete it.</p>}
      <div className="space-y-2">
        {!user.emailVerifiedAt && (
          <ActionButton variant="secondary" className={fullWidth} action={() => verifyUserEmailAction({ userId: user.id })} success={`Marked ${name}'s email as verified.`}>
            <MailCheck className="size-4" aria-hidden /> Mark email verified
          </ActionButton>
        )}
        {!user.emailVerifiedAt && (
          <ActionButton variant="secondary" className={fullWidth} action={() => resendVerificationAction({ userId: user.id })} success={`Sent ${name} a new verification link.`}>
            <Mail className="size-4" aria-hidden /> Resend verification email
          </ActionButton>
        )}
        {!isMe && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" className={fullWidth}>
                <KeyRound className="size-4" aria-hidden /> Force password reset
              </Button>
            }
            title={`Force ${name} to reset their password?`}
            description="Their current password stops working and every session and API token ends now. They get an email with a link to choose a new password (valid 1 hour; they can ask for another from the sign-in page)."
            confirmLabel="Force reset"
            onConfirm={() => runAction(() => forcePasswordResetAction({ userId: user.id }), (data) => `Signed ${name} out and sent a reset link to ${data.email}.`)}
          />
        )}
        {!isMe && suspended && (
          <ActionButton variant="secondary" className={fullWidth} action={() => reactivateUserAction({ userId: user.id })} success={`Reactivated ${name}.`}>
            <RotateCcw className="size-4" aria-hidden /> Reactivate
          </ActionButton>
        )}
        {!isMe && !suspended && !isAdmin && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" className={fullWidth}>
                <Ban className="size-4" aria-hidden /> Suspend
              </Button>
            }
            title={`Suspend ${name}?`}
            description="They are signed out of every session at once, their API tokens stop working, and they can't sign in until you reactivate them."
            confirmLabel="Suspend"
            onConfirm={() => runAction(() => suspendUsersAction({ userIds: [user.id] }), `Suspended ${name}.`)}
          />
        )}
        {!isMe && !isAdmin && !suspended && user.emailVerifiedAt && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" className={fullWidth}>
                <ShieldPlus className="size-4" aria-hidden /> Make admin
              </Button>
            }
            title={`Make ${name} an admin?`}
            description="Admins can act on every account, server and message, including other admins' roles."
            confirmLabel="Make admin"
            onConfirm={() => runAction(() => setUserRoleAction({ userId: user.id, role: "ADMIN" }), `${name} is now an admin.`)}
          />
        )}
        {!isMe && isAdmin && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" className={fullWidth}>
                <ShieldMinus className="size-4" aria-hidden /> Remove admin
              </Button>
            }
            title={`Remove ${name}'s admin rights?`}
            description="They keep their account but lose access to the admin area. The last admin can't be removed."
            confirmLabel="Remove admin"
            onConfirm={() => runAction(() => setUserRoleAction({ userId: user.id, role: "USER" }), `${name} is no longer an admin.`)}
          />
        )}
        {!isMe && !isAdmin && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" className={`${fullWidth} text-danger`}>
                <Trash2 className="size-4" aria-hidden /> Delete account
              </Button>
            }
            title={`Delete ${name}'s account?`}
            description="As if they deleted it themselves: their profile, sessions and memberships go; their messages stay as “Deleted user”; servers they own pass to their longest-standing moderator or member, or are deleted when empty. This can't be undone."
            confirmLabel="Delete account"
            onConfirm={async () => {
              const ok = await runAction(() => deleteUsersAction({ userIds: [user.id] }), `Deleted ${name}'s account.`);
              if (ok) router.replace("/admin/users");
              return ok;
            }}
          />
        )}
      </div>
      {!isMe && isAdmin && <p className="mt-3 text-xs text-muted">Remove admin rights before suspending or deleting an admin.</p>}
    </Card>
  );
}
