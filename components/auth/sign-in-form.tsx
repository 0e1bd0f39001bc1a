"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { signInSchema } from "@/lib/zod/auth";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const form = useActionForm(signInAction, signInSchema);
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field label="Email" error={form.error("email")}>
        {(control) => <Input {...control} {...form.field("email")} type="email" autoComplete="email" required />}
      </Field>
      <Field label="Password" error={form.error("password")}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <div className="flex justify-end text-sm">
        <Link href="/password/reset" className="text-accent hover:underline">
          Forgot your password?
        </Link>
      </div>
      <Button type="submit" className="w-full" pending={form.pending}>
        Sign in
      </Button>
    </form>
  );
}
