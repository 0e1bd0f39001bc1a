"use client";

import { Search } from "lucide-react";
import { openSearch } from "@/components/search/open-search";

/** A conversation header's "search in this conversation". */
export function SearchHereButton({ conversationId, label }: { conversationId: string; label: string }) {
  return (
    <button
      type="button"
      onClick={() => openSearch({ conversationId, label })}
      className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground"
      aria-label={`Search in ${label}`}
      title={`Search in ${label}`}
    >
      <Search className="size-4" aria-hidden />
    </button>
  );
}
