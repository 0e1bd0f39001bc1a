"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUpAction } from "@/lib/actions/auth/sign-up";
import { signUpSchema } from "@/lib/zod/accounts";

export function SignUpForm() {
  const form = useActionForm(signUpAction, signUpSchema);
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <Field label="Full name" error={form.error("fullName")}>
        {(control) => <Input {...control} {...form.field("fullName")} autoComplete="name" required maxLength={80} />}
      </Field>
      <Field label="Email" error={form.error("email")}>
        {(control) => <Input {...control} {...form.field("email")} type="email" autoComplete="email" required />}
      </Field>
      <Field label="Username" hint="3–30 letters, digits, _ or ." error={form.error("username")}>
        {(control) => (
          <Input {...control} {...form.field("username")} autoComplete="username" autoCapitalize="none" spellCheck={false} required maxLength={30} />
        )}
      </Field>
      <Field label="Password" hint="At least 10 characters" error={form.error("password")}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Field label="Confirm password" error={form.error("confirmPassword")}>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" className="w-full" pending={form.pending}>
        Create account
      </Button>
    </form>
  );
}
