"use client";

import { CornerUpLeft, X } from "lucide-react";
import type { ReplyQuote as Quote } from "@/lib/realtime/catalogue";

/** A reply's one-line quote of the message it answers; clicking it jumps there. */
export function ReplyQuote({ quote, onJump }: { quote: Quote; onJump?: (seq: number) => void }) {
  const content = (
    <>
      <CornerUpLeft className="size-3 shrink-0" aria-hidden />
      {quote.deleted ? (
        <span className="italic">Original deleted</span>
      ) : (
        <>
          <span className="shrink-0 font-semibold text-foreground/80">{quote.author?.fullName ?? "Deleted user"}</span>
          <span className="truncate">{quote.excerpt}</span>
        </>
      )}
    </>
  );
  const classes = "flex max-w-full min-w-0 items-center gap-1.5 text-left text-xs text-muted";
  if (!onJump) return <div className={classes}>{content}</div>;
  return (
    <button type="button" data-reply-quote onClick={() => onJump(quote.seq)} title="Go to the original message" className={`${classes} rounded hover:text-foreground`}>
      {content}
    </button>
  );
}

/** Above the composer while writing a reply: what it answers, and a way out (Esc too). */
export function ReplyingBar({ quote, onCancel }: { quote: Quote; onCancel: () => void }) {
  return (
    <div className="flex items-center gap-2 border-t border-border bg-surface px-4 pt-2 text-xs text-muted" data-replying>
      <span className="shrink-0">Replying to</span>
      <div className="min-w-0 flex-1">
        <ReplyQuote quote={quote} />
      </div>
      <button type="button" onClick={onCancel} aria-label="Cancel reply" className="rounded p-0.5 hover:text-foreground">
        <X className="size-3.5" aria-hidden />
      </button>
    </div>
  );
}
