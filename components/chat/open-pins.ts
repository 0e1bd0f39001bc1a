"use client";

// A conversation's "Pinned" button lives in its header (rendered by the channel page, or by the
// thread's header) and the panel in the conversation view, which can jump in place: a window event
// joins them, as "search in this conversation" does.

export const OPEN_PINS_EVENT = "chatsphere:open-pins";

export function openPins(conversationId: string) {
  window.dispatchEvent(new CustomEvent<string>(OPEN_PINS_EVENT, { detail: conversationId }));
}
