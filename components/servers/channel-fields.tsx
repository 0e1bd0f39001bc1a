"use client";

import { Hash } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { useActionForm } from "@/components/ui/use-action-form";
import { CHANNEL_NAME_MAX, CHANNEL_TOPIC_MAX } from "@/lib/zod/channels";

type Form = ReturnType<typeof useActionForm<never, unknown>>;

/** A channel's name and topic (add a channel, channel settings). */
export function ChannelFields({ form }: { form: Form }) {
  return (
    <>
      <Field label="Channel name" error={form.error("name")}>
        {(control) => (
          <div className="relative">
            <Hash className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
            <Input {...control} {...form.field("name")} maxLength={CHANNEL_NAME_MAX} placeholder="new-channel" autoComplete="off" className="pl-8" required />
          </div>
        )}
      </Field>
      <Field label="Topic" hint="Optional: shown at the top of the channel." error={form.error("topic")}>
        {(control) => <Input {...control} {...form.field("topic")} maxLength={CHANNEL_TOPIC_MAX} autoComplete="off" />}
      </Field>
    </>
  );
}
