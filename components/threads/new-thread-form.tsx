"use client";

import { ArrowLeft, Check, Search, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { searchUsersAction } from "@/lib/actions/threads/search-users";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import type { ErrorBody } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { cn } from "@/lib/utils";

type Person = { id: string; username: string; fullName: string; image: string | null };

const SEARCH_DELAY_MS = 200;

/**
 * "New message": find people by name or username, pick one (their existing thread opens) or
 * several (a new group of up to ten, you included, with an optional name).
 */
export function NewThreadForm({ verified }: { verified: boolean }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<{ query: string; people: Person[] } | null>(null);
  const [selected, setSelected] = useState<Person[]>([]);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<ErrorBody | null>(null);
  const [starting, startTransition] = useTransition();
  const listId = useId();
  const term = query.trim();
  const full = selected.length >= THREAD_MAX_PARTICIPANTS - 1;

  useEffect(() => {
    if (!term) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await searchUsersAction({ q: term });
      if (current) setResults({ query: term, people: result.ok ? result.data : [] });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [term]);

  const toggle = (person: Person) => {
    setError(null);
    setSelected((current) => (current.some((p) => p.id === person.id) ? current.filter((p) => p.id !== person.id) : full ? current : [...current, person]));
  };

  const start = () =>
    startTransition(async () => {
      const result = await startThreadAction({ userIds: selected.map((p) => p.id), title: selected.length > 1 ? title : undefined });
      if (result.ok) router.push(`/t/${result.data.id}`);
      else setError(result.error);
    });

  const searching = term !== "" && results?.query !== term;
  const people = term && results?.query === term ? results.people : [];

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
          Verify your email address to start conversations.
        </Banner>
      )}
      <FormMessage error={error ?? undefined} />
      {error?.fields?.userIds && (
        <p role="alert" className="mb-3 text-sm font-medium text-danger">
          {error.fields.userIds}
        </p>
      )}

      {selected.length > 0 && (
        <ul className="mb-3 flex flex-wrap gap-2" aria-label="Selected people">
          {selected.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                onClick={() => toggle(person)}
                className="inline-flex items-center gap-1.5 rounded-full bg-accent-soft py-1 pl-1 pr-2.5 text-sm hover:bg-accent-soft/70"
                aria-label={`Remove ${person.fullName}`}
              >
                <Avatar name={person.fullName} src={person.image} size="xs" />
                {person.fullName}
                <X className="size-3.5 text-muted" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="relative">
        <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
        <Input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search people by name or @username"
          aria-label="Search people"
          aria-controls={listId}
          className="pl-9"
          autoFocus
        />
      </div>
      <p className="mt-1.5 text-xs text-muted">
        {full ? `That's the most a conversation can hold: ${THREAD_MAX_PARTICIPANTS} people, you included.` : "Pick one person, or several for a group (up to 9 besides you)."}
      </p>

      <ul id={listId} className="mt-3 space-y-1" aria-busy={searching} aria-label="People">
        {searching &&
          [0, 1, 2].map((i) => (
            <li key={i} className="flex items-center gap-3 px-2 py-2">
              <Skeleton className="size-10 rounded-full" />
              <div className="space-y-1.5">
                <Skeleton className="h-3.5 w-36" />
                <Skeleton className="h-3 w-24" />
              </div>
            </li>
          ))}
        {!searching &&
          people.map((person) => {
            const chosen = selected.some((p) => p.id === person.id);
            return (
              <li key={person.id}>
                <button
                  type="button"
                  onClick={() => toggle(person)}
                  aria-pressed={chosen}
                  disabled={!chosen && full}
                  className={cn("flex w-full items-center gap-3 rounded-lg px-2 py-2 text-left disabled:opacity-50", chosen ? "bg-accent-soft" : "hover:bg-surface-muted")}
                >
                  <Avatar name={person.fullName} src={person.image} />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium">{person.fullName}</span>
                    <span className="block truncate text-xs text-muted">@{person.username}</span>
                  </span>
                  {chosen && <Check className="size-4 text-accent" aria-hidden />}
                </button>
              </li>
            );
          })}
        {!searching && term && people.length === 0 && <li className="px-2 py-6 text-center text-sm text-muted">Nobody found for “{term}”.</li>}
      </ul>

      {selected.length > 1 && (
        <Field label="Group name (optional)" className="mt-5" error={error?.fields?.title}>
          {(control) => <Input {...control} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={80} placeholder="e.g. Weekend plans" />}
        </Field>
      )}

      <Button className="mt-5 w-full sm:w-auto" disabled={selected.length === 0 || !verified} pending={starting} onClick={start}>
        {selected.length > 1 ? `Start group of ${selected.length + 1}` : "Open conversation"}
      </Button>
    </div>
  );
}
