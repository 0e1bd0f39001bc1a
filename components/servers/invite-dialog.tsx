"use client";

import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

const InviteForm = lazyComponent(() => import("@/components/servers/invite-form").then((m) => m.InviteForm));

export function InviteDialog({ serverId, serverName, open, onOpenChange }: { serverId: string; serverName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const formLoaded = useLoaded(InviteForm, open, () => onOpenChange(false));
  return (
    <Dialog open={open && formLoaded} onOpenChange={onOpenChange}>
      <DialogContent title={`Invite people to ${serverName}`} description="Anyone with the link can join, until it expires or runs out of uses.">
        <InviteForm serverId={serverId} />
      </DialogContent>
    </Dialog>
  );
}
