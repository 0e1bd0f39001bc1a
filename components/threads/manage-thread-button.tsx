"use client";

import { Settings2 } from "lucide-react";
import { useCallback, useState } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";
import type { ThreadState } from "@/lib/realtime/catalogue";

const ManageThreadPanel = lazyComponent(() => import("@/components/threads/manage-thread-panel").then((m) => m.ManageThreadPanel));

/** A group thread header's "Manage": name, people, who may change them, leaving (the panel's code loads on first use). */
export function ManageThreadButton({ group, viewerId }: { group: ThreadState; viewerId: string }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const loaded = useLoaded(ManageThreadPanel, open, close);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={ManageThreadPanel.preload}
        onFocus={ManageThreadPanel.preload}
        className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground"
        aria-label="Manage group"
        title="Manage group"
      >
        <Settings2 className="size-4" aria-hidden />
      </button>
      <Dialog open={open && loaded} onOpenChange={setOpen}>
        <DialogContent title="Manage group">
          <ManageThreadPanel group={group} viewerId={viewerId} onClose={close} />
        </DialogContent>
      </Dialog>
    </>
  );
}
