"use client";

import { InviteForm } from "@/components/servers/invite-form";
import { Dialog, DialogContent } from "@/components/ui/dialog";

export function InviteDialog({ serverId, serverName, open, onOpenChange }: { serverId: string; serverName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`Invite people to ${serverName}`} description="Anyone with the link can join, until it expires or runs out of uses.">
        <InviteForm serverId={serverId} />
      </DialogContent>
    </Dialog>
  );
}
