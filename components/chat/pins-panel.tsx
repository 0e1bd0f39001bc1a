"use client";

import { PinOff } from "lucide-react";
import { useEffect, useState } from "react";
import { MessageBody } from "@/components/chat/message-body";
import { useReaderClock } from "@/components/chat/reader-clock";
import { listPinsAction } from "@/lib/actions/pins/list-pins";
import type { PinnedMessage } from "@/lib/pins/pins";
import { fullTime, listDate } from "@/lib/time/format";

type State = { pins: PinnedMessage[] | null; error: string | null };

export type PinsPanelProps = {
  conversationId: string;
  /** Moves when the conversation's pins change: an open panel reads them again. */
  pinsVersion: number;
  canPin: boolean;
  onJump: (seq: number) => void;
  onUnpin: (messageId: string) => Promise<void>;
};

/** A conversation's pinned messages, most recently pinned first: each jumps to the message in place. */
export function PinsPanel({ conversationId, pinsVersion, canPin, onJump, onUnpin }: PinsPanelProps) {
  const [state, setState] = useState<State>({ pins: null, error: null });
  const clock = useReaderClock();

  // Read on opening, and again whenever a pin changes (live, or found by a catch-up) while open.
  useEffect(() => {
    let current = true;
    void listPinsAction({ conversationId }).then(
      (result) => current && setState(result.ok ? { pins: result.data, error: null } : (previous) => ({ ...previous, error: result.error.message })),
      () => current && setState((previous) => ({ ...previous, error: "Couldn't load the pinned messages. Check your connection." })),
    );
    return () => {
      current = false;
    };
  }, [conversationId, pinsVersion]);

  const { pins, error } = state;
  if (error && !pins) return <p className="text-sm text-danger">{error}</p>;
  if (!pins) return <p className="text-sm text-muted" aria-busy>Loading…</p>;
  if (pins.length === 0) {
    return <p className="text-sm text-muted">{canPin ? "Nothing is pinned yet. Pin a message from its ⋯ menu." : "Nothing is pinned here yet."}</p>;
  }
  return (
    <ul className="-mx-1 space-y-1" aria-label="Pinned messages">
      {pins.map(({ message, pinnedAt, pinnedBy }) => {
        const pinned = new Date(pinnedAt);
        return (
          <li key={message.id} className="group relative rounded-lg px-1 hover:bg-surface-muted">
            <button type="button" onClick={() => onJump(message.seq)} className="block w-full rounded-lg px-2 py-2 text-left" aria-label={`Go to ${message.author?.fullName ?? "Deleted user"}'s message`}>
              <span className="flex items-baseline gap-2 pr-8">
                <span className="truncate text-sm font-semibold">{message.author?.fullName ?? "Deleted user"}</span>
                <time dateTime={message.createdAt} className="shrink-0 text-xs text-muted">
                  {listDate(new Date(message.createdAt), new Date(), clock)}
                </time>
              </span>
              <span className="mt-0.5 line-clamp-4 block text-sm leading-relaxed [&>p]:inline">
                {message.body ? <MessageBody body={message.body} mentions={message.mentions} broadcast={message.broadcast !== undefined} /> : <span className="italic text-muted">Files</span>}
              </span>
              <span className="mt-1 block text-xs text-muted" title={fullTime(pinned, clock)}>
                Pinned by {pinnedBy?.fullName ?? "a deleted user"}
              </span>
            </button>
            {canPin && (
              <button
                type="button"
                onClick={() => void onUnpin(message.id)}
                className="absolute right-2 top-2 rounded-md p-1 text-muted hover:bg-surface hover:text-foreground"
                aria-label="Unpin"
                title="Unpin"
              >
                <PinOff className="size-4" aria-hidden />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
