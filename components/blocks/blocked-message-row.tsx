"use client";

import { Ban } from "lucide-react";

/**
 * A message from someone the viewer blocked, folded to one quiet line until "Show" is pressed
 * (it keeps the message's seq, so reading past it still counts).
 */
export function BlockedMessageRow({ seq, onShow }: { seq: number; onShow: () => void }) {
  return (
    <div data-seq={seq} data-blocked="" className="flex items-center gap-2 px-4 py-1 pl-14 text-xs text-muted">
      <Ban className="size-3.5 shrink-0" aria-hidden />
      <span>Blocked message</span>
      <span aria-hidden>—</span>
      <button type="button" onClick={onShow} className="rounded font-medium text-foreground underline underline-offset-2 hover:text-accent">
        Show
      </button>
    </div>
  );
}
