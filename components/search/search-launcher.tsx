"use client";

import { Search } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { OPEN_SEARCH_EVENT, type SearchScope } from "@/components/search/open-search";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

const SearchPanel = lazyComponent(() => import("@/components/search/search-panel").then((m) => m.SearchPanel));

/** The header's search box: Ctrl/Cmd+K anywhere, or a conversation's "search in this conversation". */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<SearchScope | undefined>();
  const close = useCallback(() => setOpen(false), []);
  const loaded = useLoaded(SearchPanel, open, close);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setScope(undefined);
        setOpen(true);
      }
    };
    const onOpen = (event: Event) => {
      setScope((event as CustomEvent<SearchScope | undefined>).detail);
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpen);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setScope(undefined);
          setOpen(true);
        }}
        onPointerEnter={SearchPanel.preload}
        onFocus={SearchPanel.preload}
        className="flex h-9 items-center gap-2 rounded-lg border border-border bg-surface-muted px-2.5 text-sm text-muted hover:text-foreground sm:w-56"
        aria-label="Search messages"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search className="size-4 shrink-0" aria-hidden />
        <span className="hidden sm:inline">Search messages</span>
        <kbd className="ml-auto hidden rounded border border-border px-1 font-sans text-[0.6875rem] sm:inline">Ctrl K</kbd>
      </button>
      <Dialog open={open && loaded} onOpenChange={setOpen}>
        <DialogContent
          title={scope ? `Search in ${scope.label}` : "Search messages"}
          className="top-[6dvh] max-h-[88dvh] max-w-2xl translate-y-0 p-4 sm:p-5"
        >
          <SearchPanel scope={scope} onClearScope={() => setScope(undefined)} onOpen={close} />
        </DialogContent>
      </Dialog>
    </>
  );
}
