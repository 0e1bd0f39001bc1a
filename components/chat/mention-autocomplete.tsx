"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { mentionCandidatesAction } from "@/lib/actions/messages/mention-candidates";
import type { MentionCandidate } from "@/lib/messages/mention-candidates";
import { cn } from "@/lib/utils";

// The composer's @-autocomplete: typing @ and the start of a name lists the conversation's people
// (and @here / @everyone for those who may use them); ↑/↓ choose, Enter or Tab insert, Esc closes.

const TRIGGER = /(^|[^\p{L}\p{N}_.@])@([A-Za-z0-9_.]{0,30})$/u;

type Option = { username: string; label: string; image?: string | null };

export function useMentionAutocomplete({
  conversationId,
  value,
  setValue,
  textarea,
  broadcasts,
}: {
  conversationId: string;
  value: string;
  setValue: (value: string) => void;
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  /** Offer @here and @everyone (moderators and owners in channels). */
  broadcasts: boolean;
}) {
  const listId = useId();
  const [query, setQuery] = useState<{ q: string; start: number; end: number } | null>(null);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  // What is being typed at the caret, after the value or the caret moves.
  const update = () => {
    const el = textarea.current;
    if (!el || el.selectionStart !== el.selectionEnd) return setQuery(null);
    const before = el.value.slice(0, el.selectionStart);
    const match = TRIGGER.exec(before);
    setQuery(match ? { q: match[2]!, start: before.length - match[2]!.length - 1, end: el.selectionStart } : null);
  };

  useEffect(() => {
    if (!query) return;
    const ask = ++asked.current;
    const timer = setTimeout(async () => {
      const result = await mentionCandidatesAction({ conversationId, q: query.q });
      if (ask !== asked.current) return; // a newer question was asked
      const people: Option[] = result.ok ? result.data.map((p: MentionCandidate) => ({ username: p.username, label: p.fullName, image: p.image })) : [];
      const special: Option[] = broadcasts ? ["here", "everyone"].filter((n) => n.startsWith(query.q.toLowerCase())).map((n) => ({ username: n, label: n === "here" ? "Everyone online" : "Everyone in the channel" })) : [];
      setOptions([...people, ...special]);
      setActive(0);
    }, 120);
    return () => clearTimeout(timer);
  }, [query, conversationId, broadcasts]);

  const open = query !== null && options.length > 0;

  const choose = (option: Option) => {
    if (!query) return;
    const next = `${value.slice(0, query.start)}@${option.username} ${value.slice(query.end)}`;
    setValue(next);
    setQuery(null);
    setOptions([]);
    const caret = query.start + option.username.length + 2;
    requestAnimationFrame(() => textarea.current?.setSelectionRange(caret, caret));
  };

  /** Handles the key when the list is open; true when it did. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!open) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      choose(options[active]!);
    } else if (event.key === "Escape") {
      setQuery(null);
      setOptions([]);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const inputProps = {
    // The box stays a textbox (a multi-line field); it says a list suggests completions.
    "aria-autocomplete": "list" as const,
    "aria-controls": open ? listId : undefined,
    "aria-activedescendant": open ? optionId(active) : undefined,
    onSelect: update,
  };

  const list = open ? (
    <ul id={listId} role="listbox" aria-label="People to mention" className="absolute bottom-full left-0 z-20 mb-1 max-h-64 w-72 overflow-y-auto rounded-xl border border-border bg-surface p-1 shadow-lg">
      {options.map((option, i) => (
        <li
          key={option.username}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          onMouseDown={(event) => {
            event.preventDefault(); // keep the focus in the box
            choose(option);
          }}
          onMouseEnter={() => setActive(i)}
          className={cn("flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm", i === active && "bg-surface-muted")}
        >
          {option.image !== undefined && <Avatar name={option.label} src={option.image} size="sm" />}
          <span className="font-medium">@{option.username}</span>
          <span className="truncate text-muted">{option.label}</span>
        </li>
      ))}
    </ul>
  ) : null;

  return { list, onKeyDown, inputProps, update };
}
