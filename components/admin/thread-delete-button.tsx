"use client";

import { Trash2 } from "lucide-react";
import { runAction } from "@/components/admin/run-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteThreadAction } from "@/lib/actions/admin/delete-thread";

export function ThreadDeleteButton({ threadId, label }: { threadId: string; label: string }) {
  return (
    <ConfirmDialog
      trigger={
        <Button size="icon" variant="ghost" aria-label={`Delete the thread with ${label}`} className="text-danger">
          <Trash2 className="size-4" aria-hidden />
        </Button>
      }
      title="Delete this thread?"
      description={`The conversation with ${label} and all of its messages are removed for everyone. This can't be undone.`}
      onConfirm={() => runAction(() => deleteThreadAction({ threadId }), "Thread deleted.")}
    />
  );
}
