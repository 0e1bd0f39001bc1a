"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications/set-preferences";
import type { ErrorBody } from "@/lib/errors";
import { DIGEST_DELAYS } from "@/lib/zod/notification-preferences";

export type NotificationPreferences = { timeZone: string; quietHours: { start: string; end: string } | null; digestDelayMinutes: number | null };

const delayLabel = (minutes: number) => (minutes < 60 ? `${minutes} minutes` : minutes === 60 ? "1 hour" : `${minutes / 60} hours`);

/** Settings → Notifications: time zone, quiet hours (nothing pushed or emailed) and the email digest. */
export function NotificationPreferencesForm({ initial }: { initial: NotificationPreferences }) {
  // Never saved: the browser's own zone is the better guess than the stored default (UTC).
  const [timeZone, setTimeZone] = useState(() => (initial.timeZone === "UTC" ? Intl.DateTimeFormat().resolvedOptions().timeZone : initial.timeZone));
  const [quiet, setQuiet] = useState(initial.quietHours !== null);
  const [start, setStart] = useState(initial.quietHours?.start ?? "22:00");
  const [end, setEnd] = useState(initial.quietHours?.end ?? "07:00");
  const [digest, setDigest] = useState(initial.digestDelayMinutes === null ? "off" : String(initial.digestDelayMinutes));
  const [error, setError] = useState<ErrorBody | null>(null);
  const [pending, startTransition] = useTransition();
  const zones = Intl.supportedValuesOf("timeZone");

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await setNotificationPreferencesAction({
        timeZone,
        quietHours: quiet ? { start, end } : null,
        digestDelayMinutes: digest === "off" ? null : (Number(digest) as (typeof DIGEST_DELAYS)[number]),
      });
      setError(result.ok ? null : result.error);
      if (result.ok) toast.success("Notification settings saved.");
    });
  }

  return (
    <form onSubmit={save} className="space-y-4" aria-label="Quiet hours and email">
      <FormMessage error={error ?? undefined} />
      <Field label="Time zone" hint="Quiet hours follow this clock." error={error?.fields?.timeZone}>
        {(control) => (
          <Select {...control} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {[...new Set([timeZone, ...zones])].map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset className="space-y-3">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} className="size-4 accent-accent" />
          Quiet hours: no push notifications or emails
        </label>
        {quiet && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="From" error={error?.fields?.["quietHours.start"]}>
              {(control) => <Input {...control} type="time" value={start} onChange={(e) => setStart(e.target.value)} required />}
            </Field>
            <Field label="Until" error={error?.fields?.["quietHours.end"]}>
              {(control) => <Input {...control} type="time" value={end} onChange={(e) => setEnd(e.target.value)} required />}
            </Field>
          </div>
        )}
      </fieldset>
      <Field label="Email me what I missed" hint="Mentions and direct messages still unread after this long, at most one email an hour." error={error?.fields?.digestDelayMinutes}>
        {(control) => (
          <Select {...control} value={digest} onChange={(e) => setDigest(e.target.value)}>
            {DIGEST_DELAYS.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                After {delayLabel(minutes)}
              </option>
            ))}
            <option value="off">Never</option>
          </Select>
        )}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          Save notification settings
        </Button>
      </div>
    </form>
  );
}
