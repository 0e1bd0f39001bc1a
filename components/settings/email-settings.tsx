"use client";

import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ResendVerificationButton } from "@/components/auth/resend-verification-button";
import { Badge } from "@/components/ui/badge";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { cancelEmailChangeAction } from "@/lib/actions/account/cancel-email-change";
import { changeEmailAction } from "@/lib/actions/account/change-email";
import { resendEmailChangeAction } from "@/lib/actions/account/resend-email-change";
import type { ActionResult } from "@/lib/safe-action";
import { changeEmailSchema } from "@/lib/zod/accounts";

type Props = { email: string; verified: boolean; pendingEmail: string | null };

export function EmailSettings({ email, verified, pendingEmail }: Props) {
  const form = useActionForm(changeEmailAction, changeEmailSchema, {
    onSuccess: ({ email: to, pending }) =>
      toast.success(pending ? `We sent a link to ${to}. Your address changes once you open it.` : `Your email is now ${to}: open the link we sent there.`),
  });
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{email}</span>
        {verified ? <Badge tone="success">Verified</Badge> : <Badge tone="warning">Not verified</Badge>}
        {!verified && <ResendVerificationButton size="sm" variant="secondary" className="ml-auto" />}
      </div>
      {pendingEmail && <PendingChange email={pendingEmail} />}
      <form {...form.props} className="space-y-4">
        <FormMessage error={form.formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="New email address" error={form.error("email")}>
            {(control) => <Input {...control} {...form.field("email")} type="email" autoComplete="email" required />}
          </Field>
          <Field label="Current password" hint="To confirm it's you" error={form.error("currentPassword")}>
            {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
          </Field>
        </div>
        <div className="flex justify-end">
          <Button type="submit" pending={form.pending}>
            Change email
          </Button>
        </div>
      </form>
    </div>
  );
}

function PendingChange({ email }: { email: string }) {
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) toast.success(done);
      else toast.error(result.error.message);
    });
  return (
    <Banner
      className="rounded-lg"
      action={
        <div className="flex gap-2">
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => resendEmailChangeAction({}), `We sent a new link to ${email}.`)}>
            Resend link
          </Button>
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => cancelEmailChangeAction({}), "Email change cancelled.")}>
            Cancel change
          </Button>
        </div>
      }
    >
      Waiting for you to confirm <strong>{email}</strong>: open the link we sent there. Until then you keep using your current address.
    </Banner>
  );
}
