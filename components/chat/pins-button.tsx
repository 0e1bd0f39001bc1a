"use client";

import { Pin } from "lucide-react";
import { openPins } from "@/components/chat/open-pins";
import { PinsPanel } from "@/components/chat/pins-dialog";

/** A conversation header's "Pinned messages": opens the conversation's Pinned panel. */
export function PinsButton({ conversationId }: { conversationId: string }) {
  return (
    <button
      type="button"
      onClick={() => openPins(conversationId)}
      onPointerEnter={PinsPanel.preload}
      onFocus={PinsPanel.preload}
      className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground"
      aria-label="Pinned messages"
      title="Pinned messages"
    >
      <Pin className="size-4" aria-hidden />
    </button>
  );
}
