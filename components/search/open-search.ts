"use client";

// "Search in this conversation" buttons open the app shell's search (components/search/search-launcher.tsx)
// through a window event, so headers need nothing from the shell.

export type SearchScope = { conversationId: string; label: string };

export const OPEN_SEARCH_EVENT = "chatsphere:open-search";

export function openSearch(scope?: SearchScope) {
  window.dispatchEvent(new CustomEvent<SearchScope | undefined>(OPEN_SEARCH_EVENT, { detail: scope }));
}
