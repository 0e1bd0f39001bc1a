"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password";
import { resetPasswordSchema } from "@/lib/zod/accounts";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useActionForm(resetPasswordAction, resetPasswordSchema);
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      {form.formError && (
        <p className="text-sm">
          <Link href="/password/reset" className="font-medium text-accent hover:underline">
            Request a new link
          </Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <Field label="New password" hint="At least 10 characters" error={form.error("password")}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" required autoFocus />}
      </Field>
      <Field label="Confirm new password" error={form.error("confirmPassword")}>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" className="w-full" pending={form.pending}>
        Set new password
      </Button>
    </form>
  );
}
