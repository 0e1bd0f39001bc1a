"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import type { SafeAction } from "@/lib/safe-action";
import { emailRequestSchema } from "@/lib/zod/accounts";

/**
 * "Email me a link" (a reset link, a new verification link). `sent` replaces the form once the
 * request went through; actions that redirect instead never get there.
 */
export function EmailRequestForm<T>({
  action,
  submitLabel,
  sent,
  defaultEmail,
}: {
  action: SafeAction<{ email: string }, T>;
  submitLabel: string;
  sent?: (data: T) => React.ReactNode;
  defaultEmail?: string;
}) {
  const form = useActionForm(action, emailRequestSchema, { initial: { email: defaultEmail } });
  if (form.state?.ok && sent) {
    return (
      <div role="status" className="rounded-lg bg-accent-soft px-3 py-2 text-sm">
        {sent(form.state.data)}
      </div>
    );
  }
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <Field label="Email" error={form.error("email")}>
        {(control) => <Input {...control} {...form.field("email")} type="email" autoComplete="email" required />}
      </Field>
      <Button type="submit" className="w-full" pending={form.pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
