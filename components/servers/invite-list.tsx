"use client";

import { useRouter } from "next/navigation";
import { formatDistanceToNowStrict } from "date-fns";
import { CopyField } from "@/components/servers/invite-form";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeInviteAction } from "@/lib/actions/invites/revoke";

type Invite = { id: string; url: string; expiresAt: Date | null; maxUses: number | null; uses: number; createdBy: { fullName: string } | null };

/** The invite links that still work, each with its limits and a revoke button. */
export function InviteList({ invites }: { invites: Invite[] }) {
  const router = useRouter();
  if (invites.length === 0) return <p className="text-sm text-muted">No active invite links.</p>;
  return (
    <ul className="space-y-3">
      {invites.map((invite) => (
        <li key={invite.id} className="space-y-1.5 rounded-lg border border-border p-3">
          <CopyField value={invite.url} label="Invite link" />
          <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
            <span>
              {invite.uses} {invite.maxUses ? `of ${invite.maxUses} uses` : invite.uses === 1 ? "use" : "uses"} ·{" "}
              {invite.expiresAt ? (
                // The server and the browser may render a moment apart.
                <time dateTime={new Date(invite.expiresAt).toISOString()} suppressHydrationWarning>
                  {`expires in ${formatDistanceToNowStrict(invite.expiresAt)}`}
                </time>
              ) : (
                "never expires"
              )}
              {invite.createdBy && ` · by ${invite.createdBy.fullName}`}
            </span>
            <ConfirmDialog
              trigger={
                <Button variant="link" size="sm" className="text-danger">
                  Revoke
                </Button>
              }
              title="Revoke this invite link?"
              description="It stops working at once. People who already joined stay."
              confirmLabel="Revoke"
              onConfirm={async () => {
                if (!toastOutcome(await revokeInviteAction({ inviteId: invite.id }), "Invite link revoked")) return false;
                router.refresh();
              }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
