"use client";

import { useEffect, useId, useState } from "react";
import { X } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { Input } from "@/components/ui/input";
import { findUsersAction } from "@/lib/actions/admin/find-users";
import type { UserOption } from "@/lib/admin/users/queries";

/**
 * Picks users by typing a name, username or email: suggestions appear as you type (arrow keys and
 * Enter work), chosen people show as removable chips, and their ids go into the form as `name`.
 */
export function UserPicker({
  name,
  max,
  label,
  invalid,
  describedBy,
  value,
  onChange,
}: {
  name: string;
  max: number;
  label: string;
  invalid?: boolean;
  describedBy?: string;
  value: UserOption[];
  onChange: (users: UserOption[]) => void;
}) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<UserOption[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await findUsersAction({ q });
      if (current && result.ok) {
        setOptions(result.data);
        setActive(0);
      }
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const chosenIds = new Set(value.map((u) => u.id));
  const suggestions = query.trim() ? options.filter((o) => !chosenIds.has(o.id)) : [];
  const full = value.length >= max;

  function choose(user: UserOption) {
    onChange([...value, user]);
    setQuery("");
    setOptions([]);
  }

  return (
    <div>
      {value.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-1.5" aria-label={`${label}: chosen`}>
          {value.map((user) => (
            <li key={user.id} className="inline-flex items-center gap-1.5 rounded-full bg-accent-soft py-0.5 pl-0.5 pr-1 text-sm">
              <input type="hidden" name={name} value={user.id} />
              <Avatar name={user.fullName} src={user.image} size="xs" />
              <span>@{user.username}</span>
              <button
                type="button"
                aria-label={`Remove @${user.username}`}
                className="rounded-full p-0.5 text-muted hover:bg-surface hover:text-foreground"
                onClick={() => onChange(value.filter((u) => u.id !== user.id))}
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={full ? "hidden" : "relative"}>
        <Input
          role="combobox"
          aria-label={label}
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={suggestions[active] ? `${listId}-${suggestions[active].id}` : undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoComplete="off"
          disabled={full}
          placeholder="Type a name, username or email"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, suggestions.length - 1));
            else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
            else if (event.key === "Enter" && suggestions[active]) choose(suggestions[active]);
            else if (event.key === "Escape") setQuery("");
            else return;
            event.preventDefault();
          }}
        />
        {suggestions.length > 0 && (
          <ul id={listId} role="listbox" className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded-xl border border-border bg-surface p-1 shadow-lg">
            {suggestions.map((user, index) => (
              <li
                key={user.id}
                id={`${listId}-${user.id}`}
                role="option"
                aria-selected={index === active}
                className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm aria-selected:bg-surface-muted"
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(user);
                }}
              >
                <Avatar name={user.fullName} src={user.image} size="xs" />
                <span className="truncate">{user.fullName}</span>
                <span className="truncate text-muted">@{user.username}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
