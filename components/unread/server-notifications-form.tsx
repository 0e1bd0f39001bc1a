"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { LEVEL_CHOICES, MUTE_CHOICES, muteEnd } from "@/components/unread/notify-choices";
import { useServerNotificationSetting } from "@/components/unread/unread-provider";
import { setServerNotificationsAction } from "@/lib/actions/unread/set-server-notifications";
import type { ErrorBody } from "@/lib/errors";
import type { NotifyLevel } from "@/lib/zod/notifications";

const KEEP = "keep";
const OFF = "off";

/** The server's level (a choice of three) and its mute (keep, end, or one of the usual spans). */
export function ServerNotificationsForm({ serverId, onDone }: { serverId: string; onDone: () => void }) {
  const { setting, muted, record } = useServerNotificationSetting(serverId);
  const [level, setLevel] = useState<NotifyLevel>(setting.level);
  const [mute, setMute] = useState(muted ? KEEP : OFF);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mutedUntil = mute === KEEP ? setting.mutedUntil : mute === OFF ? null : MUTE_CHOICES.find((choice) => choice.id === mute)!.until();
    startTransition(async () => {
      const result = await setServerNotificationsAction({ serverId, level, mutedUntil });
      if (!result.ok) return setError(result.error);
      record(result.data);
      toast.success("Notification settings saved");
      onDone();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormMessage error={error ?? undefined} />
      <fieldset className="space-y-2" aria-describedby={error?.fields?.level ? "server-notify-level-error" : undefined}>
        <legend className="text-sm font-medium">Notify me about</legend>
        {LEVEL_CHOICES.map((choice) => (
          <label
            key={choice.level}
            className="flex cursor-pointer gap-2 rounded-lg border border-border p-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent"
          >
            <input type="radio" name="level" value={choice.level} checked={level === choice.level} onChange={() => setLevel(choice.level)} className="mt-0.5 accent-[var(--accent)]" />
            <span>
              <span className="block font-medium">{choice.label}</span>
              <span className="block text-xs text-muted">{choice.hint}</span>
            </span>
          </label>
        ))}
        {error?.fields?.level && (
          <p id="server-notify-level-error" className="text-xs font-medium text-danger" role="alert">
            {error.fields.level}
          </p>
        )}
      </fieldset>
      <Field label="Mute the whole server" hint="Muted: no dots and no notifications from any channel; mentions still count." error={error?.fields?.mutedUntil}>
        {(control) => (
          <Select {...control} name="mute" value={mute} onChange={(event) => setMute(event.target.value)}>
            {muted && setting.mutedUntil && <option value={KEEP}>{`Keep muted ${muteEnd(setting.mutedUntil)}`}</option>}
            <option value={OFF}>{muted ? "Unmute" : "Not muted"}</option>
            {MUTE_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
