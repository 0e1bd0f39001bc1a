"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

const CreateChannelForm = lazyComponent(() => import("@/components/servers/create-channel-form").then((m) => m.CreateChannelForm));

/** "+" beside the channel list (staff): name and topic, then straight into the new channel. */
export function CreateChannelDialog({ serverId, serverSlug }: { serverId: string; serverSlug: string }) {
  const [open, setOpen] = useState(false);
  const formLoaded = useLoaded(CreateChannelForm, open, () => setOpen(false));
  return (
    <Dialog open={open && formLoaded} onOpenChange={setOpen}>
      <DialogTrigger
        className="rounded-md p-1 text-muted hover:bg-surface-muted hover:text-foreground"
        aria-label="Add a channel"
        title="Add a channel"
        onPointerEnter={CreateChannelForm.preload}
        onFocus={CreateChannelForm.preload}
      >
        <Plus className="size-4" aria-hidden />
      </DialogTrigger>
      <DialogContent title="Add a channel" description="Channels keep conversations on topic.">
        <CreateChannelForm serverId={serverId} serverSlug={serverSlug} onCreated={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
