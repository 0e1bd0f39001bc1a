"use client";

import { SmilePlus } from "lucide-react";
import { useCallback, useState } from "react";
import { Popover, Tooltip } from "@/components/ui/lazy-radix";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";
import { whoReactedAction } from "@/lib/actions/reactions/who-reacted";
import type { ReactionSummary } from "@/lib/realtime/catalogue";
import { cn } from "@/lib/utils";

const EmojiPicker = lazyComponent(() => import("@/components/chat/emoji-picker").then((m) => m.default));

const RECENT_KEY = "chatsphere:recent-emoji";
const QUICK = ["👍", "❤️", "😂", "🎉", "😮", "😢", "🙏", "👀"];

/** The viewer's recently used emoji first, then the usual ones: eight in all. */
export function quickEmoji(): string[] {
  let recent: string[] = [];
  try {
    recent = JSON.parse(localStorage.getItem(RECENT_KEY) ?? "[]");
  } catch {
    // storage unavailable or garbled: the usual ones
  }
  return [...new Set([...(Array.isArray(recent) ? recent.filter((e) => typeof e === "string") : []), ...QUICK])].slice(0, QUICK.length);
}

export function remember(emoji: string) {
  try {
    const recent = [emoji, ...quickEmoji().filter((e) => e !== emoji)].slice(0, QUICK.length);
    localStorage.setItem(RECENT_KEY, JSON.stringify(recent));
  } catch {
    // not remembered: fine
  }
}

/** A message's reaction chips: click to add or take back yours; hover (or long-press) for who reacted. */
export function ReactionChips({ messageId, reactions, onToggle }: { messageId: string; reactions: ReactionSummary[]; onToggle?: (emoji: string, reacted: boolean) => void }) {
  return (
    <div className="mt-1 flex flex-wrap gap-1" data-reactions>
      {reactions.map((r) => (
        <WhoReacted key={r.emoji} messageId={messageId} emoji={r.emoji}>
          <button
            type="button"
            aria-pressed={r.me}
            aria-label={`${r.emoji} ${r.count}${r.me ? ", including you" : ""}`}
            disabled={!onToggle}
            onClick={() => onToggle?.(r.emoji, !r.me)}
            data-reaction={r.emoji}
            className={cn(
              "inline-flex h-6 items-center gap-1 rounded-full border px-2 text-xs tabular-nums",
              r.me ? "border-accent bg-accent/10 text-foreground" : "border-border bg-surface text-muted hover:border-foreground/30",
            )}
          >
            <span className="text-sm leading-none">{r.emoji}</span>
            {r.count}
          </button>
        </WhoReacted>
      ))}
    </div>
  );
}

/** "Who reacted", loaded when the tooltip opens. */
function WhoReacted({ messageId, emoji, children }: { messageId: string; emoji: string; children: React.ReactNode }) {
  const [names, setNames] = useState<string | null>(null);
  const load = async (open: boolean) => {
    if (!open) return;
    const result = await whoReactedAction({ messageId });
    if (!result.ok) return setNames(result.error.message);
    const entry = result.data.find((r) => r.emoji === emoji);
    if (!entry) return setNames("Nobody any more");
    const listed = entry.people.map((p) => p.fullName);
    const more = entry.count - listed.length;
    setNames(`${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
  };
  return (
    <Tooltip.Root delayDuration={300} onOpenChange={(open: boolean) => void load(open)}>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content side="top" sideOffset={6} className="z-50 max-w-64 rounded-md bg-foreground px-2 py-1 text-xs text-background shadow-md" data-who-reacted>
          {names ?? "…"} reacted with {emoji}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

/** "Add reaction": quick picks (recent first), and the full picker on demand. */
export function AddReaction({ onPick, className }: { onPick: (emoji: string) => void; className?: string }) {
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState(false);
  const [quick, setQuick] = useState<string[]>(QUICK);
  const pickerLoaded = useLoaded(EmojiPicker as never, full, useCallback(() => setFull(false), []));
  const pick = (emoji: string) => {
    remember(emoji);
    setOpen(false);
    onPick(emoji);
  };
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next: boolean) => {
        setOpen(next);
        if (next) setQuick(quickEmoji());
        else setFull(false);
      }}
    >
      <Popover.Trigger asChild>
        <button type="button" aria-label="Add reaction" onPointerEnter={() => EmojiPicker.preload()} className={className}>
          <SmilePlus className="size-4" aria-hidden />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="end" sideOffset={6} collisionPadding={12} aria-label="Add reaction" className="z-50 w-72 rounded-xl border border-border bg-surface p-1 shadow-lg">
          <div className="flex items-center gap-0.5" role="group" aria-label="Quick reactions">
            {quick.map((emoji) => (
              <button key={emoji} type="button" aria-label={`React with ${emoji}`} onClick={() => pick(emoji)} className="flex size-8 items-center justify-center rounded-md text-xl hover:bg-surface-muted">
                {emoji}
              </button>
            ))}
          </div>
          {full ? (
            pickerLoaded ? (
              <EmojiPicker onPick={pick} />
            ) : (
              <p className="px-2 py-1 text-xs text-muted">Loading…</p>
            )
          ) : (
            <button type="button" onClick={() => setFull(true)} className="mt-1 w-full rounded-md px-2 py-1 text-left text-xs text-muted hover:bg-surface-muted hover:text-foreground">
              More emoji…
            </button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
