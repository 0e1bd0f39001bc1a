"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { PeoplePicker, type PersonOption } from "@/components/people/people-picker";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { createThreadAction } from "@/lib/actions/admin/create-thread";
import { findUsersAction } from "@/lib/actions/admin/find-users";
import type { ErrorBody } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { adminThreadSchema } from "@/lib/zod/threads";

const findPeople = (q: string) => findUsersAction({ q });

/** Opens a direct thread between chosen people (two people's existing thread is reused). */
export function ThreadCreateForm() {
  const router = useRouter();
  const [people, setPeople] = useState<PersonOption[]>([]);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<ErrorBody>();
  const [pending, startTransition] = useTransition();
  const group = people.length > 2;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { userIds: people.map((p) => p.id), title: group && title.trim() ? title : undefined };
    const parsed = adminThreadSchema.safeParse(input);
    if (!parsed.success) {
      setError({ code: "validation", message: parsed.error.issues[0]!.message, fields: { userIds: parsed.error.issues[0]!.message } });
      return;
    }
    startTransition(async () => {
      const result = await createThreadAction(input);
      if (!result.ok) return setError(result.error);
      setError(undefined);
      setPeople([]);
      setTitle("");
      const names = people.map((p) => `@${p.username}`).join(", ");
      toast.success(result.data.reused ? `${names} already had a thread: it's the one listed.` : `Thread opened between ${names}.`, {
        action: { label: "Open", onClick: () => router.push(`/t/${result.data.id}`) },
      });
    });
  }

  const fieldError = error?.fields?.userIds;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormMessage error={error && !fieldError ? error : undefined} />
      <Field label="People" error={fieldError} hint={`2 to ${THREAD_MAX_PARTICIPANTS} people. You are not added to the thread.`}>
        {(control) => (
          <PeoplePicker
            find={findPeople}
            id={control.id}
            name="userIds"
            max={THREAD_MAX_PARTICIPANTS}
            label="People"
            placeholder="Type a name, username or email"
            invalid={control["aria-invalid"]}
            describedBy={control["aria-describedby"]}
            value={people}
            onChange={(next) => {
              setPeople(next);
              setError(undefined);
            }}
          />
        )}
      </Field>
      {group && (
        <Field label="Title (optional)" hint="Shown instead of the names for a group.">
          {(control) => <Input {...control} value={title} maxLength={80} onChange={(event) => setTitle(event.target.value)} />}
        </Field>
      )}
      <div className="flex items-center justify-between gap-3">
        <Link href="/admin/audit?action=thread.create" className="text-sm text-muted hover:text-foreground">
          Threads opened by admins
        </Link>
        <Button type="submit" pending={pending} disabled={people.length < 2}>
          Open thread
        </Button>
      </div>
    </form>
  );
}
