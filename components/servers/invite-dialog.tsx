"use client";

import dynamic from "next/dynamic";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";

// Loaded when the dialog opens: the form brings its zod schema.
const InviteForm = dynamic(() => import("@/components/servers/invite-form").then((m) => m.InviteForm), { ssr: false, loading: () => <Skeleton className="h-32" /> });

export function InviteDialog({ serverId, serverName, open, onOpenChange }: { serverId: string; serverName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`Invite people to ${serverName}`} description="Anyone with the link can join, until it expires or runs out of uses.">
        <InviteForm serverId={serverId} />
      </DialogContent>
    </Dialog>
  );
}
