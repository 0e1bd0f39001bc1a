"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { ChannelFields } from "@/components/servers/channel-fields";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createChannelAction } from "@/lib/actions/channels/create";
import { createChannelSchema } from "@/lib/zod/channels";

/** "+" beside the channel list (staff): name and topic, then straight into the new channel. */
export function CreateChannelDialog({ serverId, serverSlug }: { serverId: string; serverSlug: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="rounded-md p-1 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Add a channel" title="Add a channel">
        <Plus className="size-4" aria-hidden />
      </DialogTrigger>
      <DialogContent title="Add a channel" description="Channels keep conversations on topic.">
        <CreateChannelForm serverId={serverId} serverSlug={serverSlug} onCreated={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function CreateChannelForm({ serverId, serverSlug, onCreated }: { serverId: string; serverSlug: string; onCreated: () => void }) {
  const router = useRouter();
  const form = useActionForm(createChannelAction, createChannelSchema, {
    onSuccess(channel) {
      onCreated();
      router.push(`/s/${serverSlug}/${channel.slug}`);
    },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="serverId" value={serverId} />
      <ChannelFields form={form} />
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Add channel
        </Button>
      </div>
    </form>
  );
}
