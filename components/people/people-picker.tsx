"use client";

import { X } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";

export type PersonOption = { id: string; username: string; fullName: string; image: string | null };

/** Who may be found: the signed-in person's search (new message) or the admin's (every account). */
export type FindPeople = (q: string) => Promise<{ ok: true; data: PersonOption[] } | { ok: false }>;

const SEARCH_DELAY_MS = 150;

/**
 * The one people picker (new message, admin threads, new owner): type a name or username,
 * suggestions appear as you type (arrow keys and Enter, or a click, choose), chosen people show
 * as removable chips. With `name`, their ids go into the surrounding form as hidden inputs.
 */
export function PeoplePicker({
  find,
  max,
  label,
  value,
  onChange,
  name,
  id,
  placeholder = "Type a name or @username",
  invalid,
  describedBy,
  autoFocus,
}: {
  find: FindPeople;
  max: number;
  label: string;
  value: PersonOption[];
  onChange: (people: PersonOption[]) => void;
  name?: string;
  /** The input's id, when a <label> (Field) names it; else `label` does. */
  id?: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<{ term: string; people: PersonOption[] } | null>(null);
  const [active, setActive] = useState(0);
  const term = query.trim();

  useEffect(() => {
    if (!term) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await find(term);
      if (!current) return;
      setResults({ term, people: result.ok ? result.data : [] });
      setActive(0);
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [term, find]);

  const chosenIds = new Set(value.map((p) => p.id));
  const searching = term !== "" && results?.term !== term;
  const suggestions = term && results?.term === term ? results.people.filter((p) => !chosenIds.has(p.id)) : [];
  const full = value.length >= max;
  const open = term !== "" && !full;

  function choose(person: PersonOption) {
    onChange([...value, person]);
    setQuery("");
  }

  return (
    <div>
      {value.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-1.5" aria-label={`${label}: chosen`}>
          {value.map((person) => (
            <li key={person.id} className="inline-flex items-center gap-1.5 rounded-full bg-accent-soft py-0.5 pl-0.5 pr-1 text-sm">
              {name && <input type="hidden" name={name} value={person.id} />}
              <Avatar name={person.fullName} src={person.image} size="xs" />
              <span>{person.fullName}</span>
              <span className="text-muted">@{person.username}</span>
              <button
                type="button"
                aria-label={`Remove @${person.username}`}
                className="rounded-full p-0.5 text-muted hover:bg-surface hover:text-foreground"
                onClick={() => onChange(value.filter((p) => p.id !== person.id))}
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={full ? "hidden" : "relative"}>
        <Input
          id={id}
          role="combobox"
          aria-label={id ? undefined : label}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={suggestions[active] ? `${listId}-${suggestions[active].id}` : undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoComplete="off"
          autoFocus={autoFocus}
          disabled={full}
          placeholder={placeholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, suggestions.length - 1));
            else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
            else if (event.key === "Enter" && suggestions[active]) choose(suggestions[active]);
            else if (event.key === "Escape" && query) setQuery("");
            else return;
            event.preventDefault();
          }}
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-label={`${label}: suggestions`}
            aria-busy={searching}
            className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded-xl border border-border bg-surface p-1 shadow-lg"
          >
            {searching &&
              [0, 1, 2].map((i) => (
                <li key={i} role="presentation" className="flex items-center gap-2 px-2 py-1.5">
                  <Skeleton className="size-6 rounded-full" />
                  <Skeleton className="h-3.5 w-36" />
                </li>
              ))}
            {!searching &&
              suggestions.map((person, index) => (
                <li
                  key={person.id}
                  id={`${listId}-${person.id}`}
                  role="option"
                  aria-selected={index === active}
                  className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm aria-selected:bg-surface-muted"
                  onMouseEnter={() => setActive(index)}
                  onMouseDown={(event) => {
                    event.preventDefault(); // keep focus in the input
                    choose(person);
                  }}
                >
                  <Avatar name={person.fullName} src={person.image} size="xs" />
                  <span className="truncate">{person.fullName}</span>
                  <span className="truncate text-muted">@{person.username}</span>
                </li>
              ))}
            {!searching && suggestions.length === 0 && (
              <li role="presentation" className="px-2 py-3 text-center text-sm text-muted">
                Nobody found for “{term}”.
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
