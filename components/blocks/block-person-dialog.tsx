"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { blockUserAction } from "@/lib/actions/blocks/block-user";

/**
 * Asks, then blocks `person` (the existing block: their messages fold, their typing and presence
 * hide, they can't message you; they aren't told). `onBlocked` runs after a success.
 */
export function BlockPersonDialog({
  person,
  open,
  onOpenChange,
  onBlocked,
}: {
  person: { id: string; fullName: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onBlocked?: () => Promise<void> | void;
}) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Block ${person.fullName}?`}
      description="Their messages fold away for you, and they can't start a conversation with you or add you to one. They aren't told. You can unblock them in Settings."
      confirmLabel="Block"
      onConfirm={async () => {
        const result = await blockUserAction({ userId: person.id });
        if (!result.ok) {
          toast.error(result.error.message);
          return false;
        }
        toast.success(`${person.fullName} is blocked. Unblock them in Settings.`);
        await onBlocked?.();
      }}
    />
  );
}
