"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormMessage } from "@/components/ui/form-message";
import { signInAction } from "@/lib/actions/auth/sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const error = state?.ok === false ? state.error : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={error} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field label="Email" error={error?.fields?.email}>
        {(control) => (
          <Input {...control} name="email" type="email" autoComplete="email" required defaultValue={state?.ok === false ? state.values?.email : ""} />
        )}
      </Field>
      <Field label="Password" error={error?.fields?.password}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <div className="flex justify-end text-sm">
        <Link href="/password/reset" className="text-accent hover:underline">
          Forgot your password?
        </Link>
      </div>
      <Button type="submit" className="w-full" pending={pending}>
        Sign in
      </Button>
    </form>
  );
}
