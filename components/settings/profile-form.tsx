"use client";

import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateProfileAction } from "@/lib/actions/account/update-profile";
import { updateProfileSchema } from "@/lib/zod/accounts";

export function ProfileForm({ fullName, username }: { fullName: string; username: string }) {
  const form = useActionForm(updateProfileAction, updateProfileSchema, {
    initial: { fullName, username },
    onSuccess: () => toast.success("Profile saved."),
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Full name" error={form.error("fullName")}>
          {(control) => <Input {...control} {...form.field("fullName")} autoComplete="name" required maxLength={80} />}
        </Field>
        <Field label="Username" hint="3–30 letters, digits, _ or ." error={form.error("username")}>
          {(control) => (
            <Input {...control} {...form.field("username")} autoComplete="username" autoCapitalize="none" spellCheck={false} required maxLength={30} />
          )}
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
