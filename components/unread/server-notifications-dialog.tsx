"use client";

import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

const ServerNotificationsForm = lazyComponent(() => import("@/components/unread/server-notifications-form").then((m) => m.ServerNotificationsForm));

/** The server menu's "Notification settings": how much every channel of the server notifies, and a mute over all of them. */
export function ServerNotificationsDialog({ serverId, serverName, open, onOpenChange }: { serverId: string; serverName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const formLoaded = useLoaded(ServerNotificationsForm, open, () => onOpenChange(false));
  return (
    <Dialog open={open && formLoaded} onOpenChange={onOpenChange}>
      <DialogContent title={`Notifications for ${serverName}`} description="For every channel of this server, unless you choose otherwise for a channel (its bell).">
        <ServerNotificationsForm serverId={serverId} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
