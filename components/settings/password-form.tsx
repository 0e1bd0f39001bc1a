"use client";

import { toast } from "@/components/ui/toast";
import { SocketIdInput } from "@/components/realtime/socket-id-input";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { changePasswordSchema } from "@/lib/zod/accounts";

export function PasswordForm({ email }: { email: string }) {
  const form = useActionForm(changePasswordAction, changePasswordSchema, {
    onSuccess: () => toast.success("Password changed. Your other devices have been signed out."),
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      {/* Lets password managers tie the new password to the account. */}
      <input type="email" name="username" value={email} autoComplete="username" hidden readOnly />
      <SocketIdInput />
      <Field label="Current password" error={form.error("currentPassword")}>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="New password" hint="At least 10 characters" error={form.error("newPassword")}>
          {(control) => <Input {...control} name="newPassword" type="password" autoComplete="new-password" required />}
        </Field>
        <Field label="Confirm new password" error={form.error("confirmPassword")}>
          {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" required />}
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
