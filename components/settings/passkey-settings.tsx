"use client";

import { KeyRound } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { addPasskeyAction } from "@/lib/actions/account/add-passkey";
import { passkeyRegistrationOptionsAction } from "@/lib/actions/account/passkey-registration-options";
import { removePasskeyAction } from "@/lib/actions/account/remove-passkey";
import type { ErrorBody } from "@/lib/errors";

export type PasskeyItem = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });

/** Settings → Passkeys: the account's passkeys (named, removable) and adding one more. */
export function PasskeySettings({ passkeys }: { passkeys: PasskeyItem[] }) {
  return (
    <div className="space-y-5">
      {passkeys.length === 0 ? (
        <p className="text-sm text-muted">No passkeys yet. A passkey signs you in with your device&apos;s fingerprint, face or PIN: no password to type or leak.</p>
      ) : (
        <ul aria-label="Your passkeys" className="divide-y divide-border rounded-lg border border-border">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex items-center gap-3 px-3 py-2.5">
              <KeyRound className="size-4 shrink-0 text-muted" aria-hidden />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">{passkey.name}</p>
                <p className="text-xs text-muted">
                  Added {day(passkey.createdAt)} · {passkey.lastUsedAt ? `last used ${day(passkey.lastUsedAt)}` : "never used"}
                </p>
              </div>
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="sm" aria-label={`Remove ${passkey.name}`}>
                    Remove
                  </Button>
                }
                title={`Remove “${passkey.name}”?`}
                description="It will no longer sign you in. Remove it from the device too if you like."
                confirmLabel="Remove"
                onConfirm={async () => {
                  const result = await removePasskeyAction({ passkeyId: passkey.id });
                  if (!result.ok) toast.error(result.error.message);
                  else toast.success("Passkey removed.");
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <AddPasskey />
    </div>
  );
}

function AddPasskey() {
  const [name, setName] = useState("");
  const [error, setError] = useState<ErrorBody>();
  const [pending, startTransition] = useTransition();

  function add(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const passkeyName = name.trim();
    if (!passkeyName) return setError({ code: "validation", message: "Name the passkey", fields: { name: "Name the passkey" } });
    setError(undefined);
    startTransition(async () => {
      const options = await passkeyRegistrationOptionsAction({});
      if (!options.ok) return setError(options.error);
      const { startRegistration } = await import("@simplewebauthn/browser"); // only when asked for
      const response = await startRegistration({ optionsJSON: options.data }).catch(() => null);
      if (!response) return setError({ code: "validation", message: "The device didn't create a passkey (cancelled, or it already holds one for this account)." });
      const result = await addPasskeyAction({ name: passkeyName, response });
      if (!result.ok) return setError(result.error);
      setName("");
      toast.success(`Passkey “${result.data.name}” added.`);
    });
  }

  return (
    <form onSubmit={add} noValidate className="space-y-3">
      <FormMessage error={error} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field label="New passkey's name" hint="e.g. Work laptop, Phone" error={error?.fields?.name} className="flex-1">
          {(control) => <Input {...control} value={name} onChange={(event) => setName(event.target.value)} maxLength={50} required />}
        </Field>
        <Button type="submit" pending={pending} className="sm:mb-[1.375rem]">
          <KeyRound className="size-4" aria-hidden /> Add a passkey
        </Button>
      </div>
    </form>
  );
}
