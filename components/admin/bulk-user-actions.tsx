"use client";

import { Ban, Trash2 } from "lucide-react";
import { runAction } from "@/components/admin/run-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteUsersAction } from "@/lib/actions/admin/delete-users";
import { suspendUsersAction } from "@/lib/actions/admin/suspend-users";

const plural = (n: number) => `${n} user${n === 1 ? "" : "s"}`;

function skippedNote(skipped: { username?: string; reason: string }[]) {
  return skipped.length ? ` Skipped ${skipped.map((s) => (s.username ? `@${s.username}` : "one") + ` (${s.reason})`).join(", ")}.` : "";
}

/** What can be done to the selected rows; shown while something is selected. */
export function BulkUserActions({ userIds, onDone }: { userIds: string[]; onDone: () => void }) {
  const count = userIds.length;
  return (
    <div className="mb-3 flex min-h-11 flex-wrap items-center gap-2 rounded-xl border border-border bg-surface px-3 py-1.5 text-sm">
      <span className={count ? "font-medium" : "text-muted"} aria-live="polite">
        {count ? `${plural(count)} selected` : "Select users to suspend or delete several at once"}
      </span>
      <div className="ml-auto flex gap-2">
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="secondary" disabled={count === 0}>
              <Ban className="size-4" aria-hidden /> Suspend
            </Button>
          }
          title={`Suspend ${plural(count)}?`}
          description="They are signed out everywhere at once, their API tokens stop working, and they can't sign in until reactivated."
          confirmLabel="Suspend"
          onConfirm={async () => {
            const ok = await runAction(() => suspendUsersAction({ userIds }), (data) => `Suspended ${plural(data.suspended)}.${skippedNote(data.skipped)}`);
            if (ok) onDone();
            return ok;
          }}
        />
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="secondary" className="text-danger" disabled={count === 0}>
              <Trash2 className="size-4" aria-hidden /> Delete
            </Button>
          }
          title={`Delete ${plural(count)}?`}
          description="As if each deleted their own account: profiles, sessions and memberships go; messages stay as “Deleted user”; owned servers pass to the next in line or are deleted when empty. This can't be undone."
          confirmLabel="Delete accounts"
          onConfirm={async () => {
            const ok = await runAction(() => deleteUsersAction({ userIds }), (data) => `Deleted ${plural(data.deleted)}.${skippedNote(data.skipped)}`);
            if (ok) onDone();
            return ok;
          }}
        />
      </div>
    </div>
  );
}
