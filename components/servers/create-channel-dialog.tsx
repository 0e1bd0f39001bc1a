"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { Plus } from "lucide-react";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";

const loadForm = () => import("@/components/servers/create-channel-form");
const CreateChannelForm = dynamic(() => loadForm().then((m) => m.CreateChannelForm), { ssr: false, loading: () => <Skeleton className="h-52" /> });
const preloadForm = () => void loadForm().catch(() => {});

/** "+" beside the channel list (staff): name and topic, then straight into the new channel. */
export function CreateChannelDialog({ serverId, serverSlug }: { serverId: string; serverSlug: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger
        className="rounded-md p-1 text-muted hover:bg-surface-muted hover:text-foreground"
        aria-label="Add a channel"
        title="Add a channel"
        onPointerEnter={preloadForm}
        onFocus={preloadForm}
      >
        <Plus className="size-4" aria-hidden />
      </DialogTrigger>
      <DialogContent title="Add a channel" description="Channels keep conversations on topic.">
        <CreateChannelForm serverId={serverId} serverSlug={serverSlug} onCreated={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
