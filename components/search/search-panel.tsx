"use client";

import { Loader2, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { SearchScope } from "@/components/search/open-search";
import { Avatar } from "@/components/ui/avatar";
import { searchMessagesAction } from "@/lib/actions/search/search-messages";
import { placeLabel, resultHref } from "@/lib/search/href";
import type { MessageSearchPage, MessageSearchResult } from "@/lib/search/messages";
import { cn } from "@/lib/utils";

const DEBOUNCE_MS = 200;
type Sort = "newest" | "relevance";
/** The answer to the newest request, and which query it answered. */
type State = { key: string; page?: MessageSearchPage; error?: string; more?: boolean };

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const when = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "short" }).format(new Date(iso));

/** Results as you type (debounced; only the newest request's answer is shown), keyboard navigable. */
export function SearchPanel({ scope, onClearScope, onOpen }: { scope?: SearchScope; onClearScope: () => void; onOpen: () => void }) {
  const router = useRouter();
  const listId = useId();
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<Sort>("newest");
  const [state, setState] = useState<State>({ key: "" });
  const [active, setActive] = useState(0);
  const latest = useRef(0);
  const conversationId = scope?.conversationId;

  const key = JSON.stringify([q, sort, conversationId]);
  const blank = !q.trim();
  const loading = !blank && state.key !== key;

  useEffect(() => {
    const request = ++latest.current;
    if (blank) return;
    const timer = setTimeout(async () => {
      const result = await searchMessagesAction({ q, sort, conversationId, timeZone: timeZone(), typing: true }).catch(() => null);
      if (request !== latest.current) return;
      if (!result) setState({ key, error: "Couldn't search: check your connection." });
      else if (!result.ok) setState({ key, error: result.error.fields?.q ?? result.error.message });
      else setState({ key, page: result.data });
      setActive(0);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, blank, q, sort, conversationId]);

  async function loadMore() {
    const cursor = state.page?.nextCursor;
    if (!cursor) return;
    const request = latest.current;
    setState((s) => ({ ...s, more: true }));
    const result = await searchMessagesAction({ q, sort, conversationId, timeZone: timeZone(), typing: true, cursor }).catch(() => null);
    if (request !== latest.current) return;
    if (result?.ok) setState((s) => ({ key: s.key, page: { ...result.data, results: [...(s.page?.results ?? []), ...result.data.results] } }));
    else setState((s) => ({ ...s, more: false }));
  }

  const page = blank ? undefined : state.page;
  const results = page?.results ?? [];
  const open = (result: MessageSearchResult) => {
    onOpen();
    router.push(resultHref(result.place, result.seq));
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      const next = (active + (event.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      setActive(next);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter" && results[active]) {
      event.preventDefault();
      open(results[active]);
    }
  };

  return (
    <div className="flex min-h-0 flex-col gap-3">
      <div className="flex items-center gap-2 rounded-lg border border-border bg-surface px-3 focus-within:outline-2 focus-within:outline-ring">
        {scope && (
          <span className="flex shrink-0 items-center gap-1 rounded-md bg-surface-muted px-2 py-0.5 text-xs">
            in {scope.label}
            <button type="button" onClick={onClearScope} className="rounded p-0.5 text-muted hover:text-foreground" aria-label={`Search everywhere, not only in ${scope.label}`}>
              <X className="size-3" aria-hidden />
            </button>
          </span>
        )}
        <input
          autoFocus
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
          aria-label="Search messages"
          placeholder='Words, "a phrase", from:@name, in:#channel, has:link, on:2026-03-14'
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={300}
          className="h-11 min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-muted"
        />
        {loading && <Loader2 className="size-4 shrink-0 animate-spin text-muted" aria-label="Searching" />}
      </div>
      <div className="flex items-center gap-2 text-xs text-muted">
        <span aria-live="polite" className="min-w-0 flex-1 truncate">
          {statusText(page, loading, blank ? undefined : state.error)}
        </span>
        <div role="radiogroup" aria-label="Order" className="flex rounded-md border border-border p-0.5">
          {(["newest", "relevance"] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={sort === value}
              onClick={() => setSort(value)}
              className={cn("rounded px-2 py-0.5 capitalize", sort === value ? "bg-surface-muted text-foreground" : "hover:text-foreground")}
            >
              {value}
            </button>
          ))}
        </div>
      </div>
      {page && page.hints.length > 0 && (
        <ul className="rounded-md bg-surface-muted px-3 py-2 text-xs text-muted" aria-label="Parts of your search that were ignored">
          {page.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
      {!blank && !loading && state.error && <p className="text-sm text-danger" role="alert">{state.error}</p>}
      <ul id={listId} role="listbox" aria-label="Results" className="-mx-1 min-h-0 overflow-y-auto">
        {results.map((result, index) => (
          <li key={result.id} id={`${listId}-${index}`} role="option" aria-selected={index === active} onMouseEnter={() => setActive(index)}>
            <Link
              href={resultHref(result.place, result.seq)}
              onClick={onOpen}
              tabIndex={-1}
              className={cn("flex gap-3 rounded-lg px-2 py-2", index === active && "bg-surface-muted")}
            >
              <Avatar name={result.author?.fullName ?? "Deleted user"} src={result.author?.image} size="sm" />
              <div className="min-w-0 flex-1">
                <p className="flex items-baseline gap-2 text-xs text-muted">
                  <span className="max-w-[45%] shrink-0 truncate font-semibold text-foreground">{result.author?.fullName ?? "Deleted user"}</span>
                  <span className="min-w-0 truncate">{placeLabel(result.place)}</span>
                  <time dateTime={result.createdAt} className="ml-auto shrink-0">
                    {when(result.createdAt)}
                  </time>
                </p>
                <p className="mt-0.5 line-clamp-2 break-words text-sm">
                  {result.snippet.map((part, i) =>
                    part.hit ? (
                      <mark key={i} className="rounded-sm bg-accent-soft px-0.5 text-foreground">
                        {part.text}
                      </mark>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </p>
              </div>
            </Link>
          </li>
        ))}
      </ul>
      {page?.nextCursor && (
        <button type="button" onClick={() => void loadMore()} disabled={state.more} className="self-center rounded-md px-3 py-1 text-sm text-accent hover:bg-surface-muted disabled:opacity-60">
          {state.more ? "Loading…" : "More results"}
        </button>
      )}
    </div>
  );
}

function statusText(page: MessageSearchPage | undefined, loading: boolean, error: string | undefined): string {
  if (!page && !loading && !error) return "Type to search. ↑ ↓ to choose, Enter to open.";
  if (loading && !page) return "Searching…";
  if (!page || error) return "";
  const count = page.results.length;
  if (count === 0) return "No messages match.";
  return `${count}${page.nextCursor ? "+" : ""} message${count === 1 ? "" : "s"}`;
}
