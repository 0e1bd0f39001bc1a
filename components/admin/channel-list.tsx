"use client";

import { Hash, Trash2 } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { runAction } from "@/components/admin/run-action";
import { ChannelFields } from "@/components/servers/channel-fields";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EditDialog } from "@/components/ui/edit-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteChannelAction } from "@/lib/actions/admin/delete-channel";
import { updateChannelAction } from "@/lib/actions/admin/update-channel";
import { MAX_SLUG_LENGTH } from "@/lib/slug-rules";
import { updateChannelSchema } from "@/lib/zod/admin";

type Channel = { id: string; name: string; slug: string; topic: string };

/** A server's channels, each editable (name, slug, topic) and deletable (but not the last one). */
export function ChannelList({ channels }: { channels: Channel[] }) {
  return (
    <ul className="divide-y divide-border rounded-xl border border-border bg-surface">
      {channels.map((channel) => (
        <li key={channel.id} className="flex items-center gap-3 px-3 py-2.5">
          <Hash className="size-4 shrink-0 text-muted" aria-hidden />
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium">{channel.name}</p>
            <p className="truncate text-xs text-muted">
              /{channel.slug}
              {channel.topic && ` · ${channel.topic}`}
            </p>
          </div>
          <EditDialog label={`Edit #${channel.name}`} title={`Edit #${channel.name}`}>
            {(close) => <ChannelForm channel={channel} onDone={close} />}
          </EditDialog>
          <ConfirmDialog
            trigger={
              <Button size="icon" variant="ghost" aria-label={`Delete #${channel.name}`} className="text-danger" disabled={channels.length === 1}>
                <Trash2 className="size-4" aria-hidden />
              </Button>
            }
            title={`Delete #${channel.name}?`}
            description="The channel and every message in it are removed for good. This can't be undone."
            onConfirm={() => runAction(() => deleteChannelAction({ channelId: channel.id }), `Deleted #${channel.name}.`)}
          />
        </li>
      ))}
    </ul>
  );
}

function ChannelForm({ channel, onDone }: { channel: Channel; onDone: () => void }) {
  const form = useActionForm(updateChannelAction, updateChannelSchema, {
    initial: channel,
    onSuccess: () => {
      toast.success("Channel saved.");
      onDone();
    },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="channelId" value={channel.id} />
      <ChannelFields form={form} />
      <Field label="Slug" error={form.error("slug")} hint="Unique within the server; part of the channel's address. Old links stop working.">
        {(control) => <Input {...control} {...form.field("slug")} maxLength={MAX_SLUG_LENGTH} required />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
