"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { completeSecondStepAction } from "@/lib/actions/auth/complete-second-step";
import { secondStepSchema } from "@/lib/zod/two-factor";

export function SecondStepForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useActionForm(completeSecondStepAction, secondStepSchema);
  const [useRecovery, setUseRecovery] = useState(false);
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {useRecovery ? (
        <Field key="recovery" label="Recovery code" hint="One of the 10 codes you saved, like abcde-fghij. Each works once." error={form.error("recoveryCode")}>
          {(control) => <Input {...control} name="recoveryCode" autoComplete="off" autoCapitalize="none" spellCheck={false} autoFocus required />}
        </Field>
      ) : (
        <Field key="code" label="Code" error={form.error("code")}>
          {(control) => <Input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} autoFocus required />}
        </Field>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="rememberDevice" className="accent-[var(--accent)]" /> Remember this device for 30 days
      </label>
      <Button type="submit" className="w-full" pending={form.pending}>
        Verify
      </Button>
      <Button type="button" variant="link" className="w-full" onClick={() => setUseRecovery((value) => !value)}>
        {useRecovery ? "Use a code from your app instead" : "Lost your phone? Use a recovery code"}
      </Button>
    </form>
  );
}
