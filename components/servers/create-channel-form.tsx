"use client";

import { useRouter } from "next/navigation";
import { ChannelFields } from "@/components/servers/channel-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createChannelAction } from "@/lib/actions/channels/create";
import { createChannelSchema } from "@/lib/zod/channels";

/** The add-channel dialog's form (loaded when the dialog opens: it brings the zod schema). */
export function CreateChannelForm({ serverId, serverSlug, onCreated }: { serverId: string; serverSlug: string; onCreated: () => void }) {
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
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="private" className="mt-0.5 size-4" aria-describedby="new-channel-private-hint" />
        <span>
          <span className="font-medium">Private channel</span>
          <span id="new-channel-private-hint" className="block text-muted">
            Only the members you add (in server settings → Channels), and the owner and moderators, see it.
          </span>
        </span>
      </label>
      {form.error("private") && <p className="text-sm text-danger">{form.error("private")}</p>}
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Add channel
        </Button>
      </div>
    </form>
  );
}
