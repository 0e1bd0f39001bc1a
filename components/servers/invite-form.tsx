"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";
import { createInviteAction } from "@/lib/actions/invites/create";
import { createInviteSchema, INVITE_EXPIRY_CHOICES, INVITE_MAX_USES_CHOICES } from "@/lib/zod/invites";

/** Makes an invite link (lifetime, use limit) and shows it ready to copy. */
export function InviteForm({ serverId, onCreated }: { serverId: string; onCreated?: () => void }) {
  const [link, setLink] = useState<string | null>(null);
  const form = useActionForm(createInviteAction, createInviteSchema, {
    onSuccess(invite) {
      setLink(invite.url);
      onCreated?.();
    },
  });
  return (
    <div className="space-y-4">
      <form {...form.props} className="space-y-4">
        <FormMessage error={form.formError} />
        <input type="hidden" name="serverId" value={serverId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Expires after" error={form.error("expiresInMinutes")}>
            {(control) => (
              <Select {...control} name="expiresInMinutes" defaultValue={String(60 * 24 * 7)}>
                {INVITE_EXPIRY_CHOICES.map((choice) => (
                  <option key={choice.minutes} value={choice.minutes}>
                    {choice.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Can be used" error={form.error("maxUses")}>
            {(control) => (
              <Select {...control} name="maxUses" defaultValue="0">
                {INVITE_MAX_USES_CHOICES.map((uses) => (
                  <option key={uses} value={uses}>
                    {uses === 0 ? "Any number of times" : uses === 1 ? "Once" : `${uses} times`}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Button type="submit" variant={link ? "secondary" : "primary"} pending={form.pending}>
          {link ? "Make another link" : "Create invite link"}
        </Button>
      </form>
      {link && <CopyField value={link} label="Invite link" />}
    </div>
  );
}

export function CopyField({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("Couldn't copy: select the link and copy it yourself.");
    }
  }
  return (
    <div className="flex gap-2">
      <Input readOnly value={value} aria-label={label} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
      <Button type="button" variant="secondary" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
        {copied ? <Check className="size-4 text-success" aria-hidden /> : <Copy className="size-4" aria-hidden />}
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
