"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PeoplePicker, type PersonOption } from "@/components/people/people-picker";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { searchUsersAction } from "@/lib/actions/threads/search-users";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import type { ErrorBody } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { verifyFirst } from "@/lib/access/verified";

const findPeople = (q: string) => searchUsersAction({ q });

/**
 * "New message": find people by name or username, pick one (their existing thread opens) or
 * several (a new group of up to ten, you included, with an optional name).
 */
export function NewThreadForm({ verified }: { verified: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useState<PersonOption[]>([]);
  const [title, setTitle] = useState("");
  const [history, setHistory] = useState<"ALL" | "SINCE_JOIN">("ALL");
  const [anyoneManages, setAnyoneManages] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [starting, startTransition] = useTransition();
  const full = selected.length >= THREAD_MAX_PARTICIPANTS - 1;

  const start = () =>
    startTransition(async () => {
      const group = selected.length > 1;
      const result = await startThreadAction({ userIds: selected.map((p) => p.id), title: group ? title : undefined, history, anyoneManages: group && anyoneManages });
      if (result.ok) router.push(`/t/${result.data.id}`);
      else setError(result.error);
    });

  return (
    <div className="mx-auto w-full max-w-xl p-4 sm:p-6">
      <div className="mb-5 flex items-center gap-2">
        <Link href="/t" className="-ml-1 rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground md:hidden" aria-label="All conversations">
          <ArrowLeft className="size-5" aria-hidden />
        </Link>
        <h2 className="text-xl font-semibold">New message</h2>
      </div>
      {!verified && (
        <Banner tone="warning" className="mb-4 rounded-lg">
          {verifyFirst("start conversations")}
        </Banner>
      )}
      <FormMessage error={error && !error.fields?.userIds ? error : undefined} />
      <Field
        label="People"
        error={error?.fields?.userIds}
        hint={full ? `That's the most a conversation can hold: ${THREAD_MAX_PARTICIPANTS} people, you included.` : "Pick one person, or several for a group (up to 9 besides you)."}
      >
        {(control) => (
          <PeoplePicker
            find={findPeople}
            id={control.id}
            max={THREAD_MAX_PARTICIPANTS - 1}
            label="People"
            invalid={control["aria-invalid"]}
            describedBy={control["aria-describedby"]}
            value={selected}
            onChange={(next) => {
              setSelected(next);
              setError(null);
            }}
            autoFocus
          />
        )}
      </Field>

      {selected.length > 1 && (
        <Field label="Group name (optional)" className="mt-5" error={error?.fields?.title}>
          {(control) => <Input {...control} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={80} placeholder="e.g. Weekend plans" />}
        </Field>
      )}
      {selected.length > 1 && (
        <fieldset className="mt-5 space-y-2 text-sm">
          <legend className="mb-1 font-medium">People added later see</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="history" checked={history === "ALL"} onChange={() => setHistory("ALL")} /> Everything, from the start
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="history" checked={history === "SINCE_JOIN"} onChange={() => setHistory("SINCE_JOIN")} /> Only what is sent after they join
          </label>
        </fieldset>
      )}
      {selected.length > 1 && (
        <label className="mt-4 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={anyoneManages} onChange={(event) => setAnyoneManages(event.target.checked)} /> Everyone may rename the group and add or remove people
        </label>
      )}

      <Button className="mt-5 w-full sm:w-auto" disabled={selected.length === 0 || !verified} pending={starting} onClick={start}>
        {selected.length > 1 ? `Start group of ${selected.length + 1}` : "Open conversation"}
      </Button>
    </div>
  );
}
