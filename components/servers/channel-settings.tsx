"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { ChannelFields } from "@/components/servers/channel-fields";
import { ChannelIcon } from "@/components/servers/channel-icon";
import { ChannelMembersButton } from "@/components/servers/channel-members-button";
import { ChannelPrivacySwitch } from "@/components/servers/channel-privacy-switch";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EditDialog } from "@/components/ui/edit-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteChannelAction } from "@/lib/actions/channels/delete";
import { reorderChannelsAction } from "@/lib/actions/channels/reorder";
import { setSlowModeAction } from "@/lib/actions/channels/set-slow-mode";
import { updateChannelAction } from "@/lib/actions/channels/update";
import { updateChannelSchema } from "@/lib/zod/channels";
import { SLOW_MODE_CHOICES } from "@/lib/zod/moderation";

type Channel = { id: string; name: string; slug: string; topic: string; slowModeSeconds: number; private: boolean };

/** Rename, set topics, slow mode and privacy (with a private channel's members), move up and down, delete (a server keeps at least one channel). */
export function ChannelSettings({ serverId, channels }: { serverId: string; channels: Channel[] }) {
  const router = useRouter();
  const [order, setOrder] = useState(channels);
  const [shownFor, setShownFor] = useState(channels);
  const [pending, startTransition] = useTransition();
  if (shownFor !== channels) {
    setShownFor(channels);
    setOrder(channels);
  }

  function move(index: number, by: -1 | 1) {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    setOrder(next); // at once; put back if the server refuses
    startTransition(async () => {
      const result = await reorderChannelsAction({ serverId, channelIds: next.map((c) => c.id) });
      if (!result.ok) {
        toast.error(result.error.message);
        setOrder(channels);
      }
      router.refresh();
    });
  }

  return (
    <ul className="divide-y divide-border rounded-lg border border-border" aria-busy={pending || undefined}>
      {order.map((channel, index) => (
        <li key={channel.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
          <ChannelIcon channel={channel} className="size-4 shrink-0 text-muted" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium">{channel.name}</p>
            {channel.topic && <p className="truncate text-xs text-muted">{channel.topic}</p>}
          </div>
          <ChannelPrivacySwitch channel={channel} />
          {channel.private && <ChannelMembersButton channel={channel} />}
          <SlowModeSelect channel={channel} />
          <Button variant="ghost" size="icon" disabled={index === 0 || pending} onClick={() => move(index, -1)} aria-label={`Move ${channel.name} up`}>
            <ArrowUp className="size-4" aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" disabled={index === order.length - 1 || pending} onClick={() => move(index, 1)} aria-label={`Move ${channel.name} down`}>
            <ArrowDown className="size-4" aria-hidden />
          </Button>
          <EditDialog label={`Edit ${channel.name}`} title={`Edit #${channel.name}`}>
            {(close) => <EditChannelForm channel={channel} onSaved={close} />}
          </EditDialog>
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="icon" disabled={order.length <= 1} aria-label={`Delete ${channel.name}`} title={order.length <= 1 ? "A server needs at least one channel" : undefined}>
                <Trash2 className="size-4 text-danger" aria-hidden />
              </Button>
            }
            title={`Delete #${channel.name}?`}
            description="Its messages are deleted with it. This can't be undone."
            onConfirm={async () => {
              if (!toastOutcome(await deleteChannelAction({ channelId: channel.id }), `#${channel.name} was deleted`)) return false;
              router.refresh();
            }}
          />
        </li>
      ))}
    </ul>
  );
}

function EditChannelForm({ channel, onSaved }: { channel: Channel; onSaved: () => void }) {
  const router = useRouter();
  const form = useActionForm(updateChannelAction, updateChannelSchema, {
    initial: { name: channel.name, topic: channel.topic },
    onSuccess() {
      toast.success("Channel saved");
      onSaved();
      router.refresh();
    },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="channelId" value={channel.id} />
      <ChannelFields form={form} />
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Save
        </Button>
      </div>
    </form>
  );
}

function SlowModeSelect({ channel }: { channel: Channel }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <select
      aria-label={`Slow mode in #${channel.name}`}
      title="Slow mode: how often each member may post (owner and moderators are exempt)"
      className="h-8 rounded-md border border-border bg-surface px-2 text-xs"
      value={channel.slowModeSeconds}
      disabled={pending}
      onChange={(event) => {
        const seconds = Number(event.target.value);
        startTransition(async () => {
          const result = await setSlowModeAction({ channelId: channel.id, seconds });
          if (toastOutcome(result, seconds ? `Slow mode in #${channel.name}: ${slowModeLabel(seconds)}` : `Slow mode is off in #${channel.name}`)) router.refresh();
        });
      }}
    >
      {SLOW_MODE_CHOICES.map((seconds) => (
        <option key={seconds} value={seconds}>
          {seconds ? `Slow: ${slowModeLabel(seconds)}` : "Slow mode off"}
        </option>
      ))}
    </select>
  );
}

function slowModeLabel(seconds: number) {
  return seconds < 60 ? `${seconds} s` : seconds < 3600 ? `${seconds / 60} min` : "1 h";
}
