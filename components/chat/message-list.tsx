"use client";

import { ArrowDown, LoaderCircle, MessagesSquare } from "lucide-react";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { Row } from "@/lib/messages/client/rows";

/** Closer than this to the bottom counts as "at the bottom" (pinned: new messages scroll into view). */
const PIN_THRESHOLD_PX = 80;
/** Closer than this to the top loads the previous page (to the bottom, after a jump: the next one). */
const LOAD_OLDER_THRESHOLD_PX = 400;

/** A message to bring into view (a jump); a new object each time, even for the same seq. */
export type Focus = { seq: number };

/**
 * The scrolling part of a conversation. Opens at the bottom and stays pinned there as messages
 * arrive, unless the reader scrolled up: then it keeps their place and offers "N new messages ↓".
 * Scrolling near the top loads older pages without moving what is on screen. Reports the newest
 * message that has been visible while the tab was in the foreground (read receipts). After a jump
 * (`focus`) it shows that message in the middle; while the newest messages are not loaded
 * (`hasNewer`) it never follows the bottom, and scrolling down loads the next page.
 *
 * The scroller is a reversed flex column: browsers open it at its bottom before any script runs
 * (the newest messages, rendered on the server, show at first paint, and nothing moves when the
 * page hydrates), and its scrollTop counts from the bottom: 0 there, negative above.
 */
export function MessageList({
  rows,
  renderRow,
  loadingOlder,
  hasOlder,
  onLoadOlder,
  hasNewer,
  onLoadNewer,
  onJumpToLatest,
  focus,
  landOnNew = false,
  newBar,
  onRead,
  unseenCount,
  onPinnedChange,
  emptyTitle,
}: {
  rows: Row[];
  renderRow: (row: Row) => React.ReactNode;
  loadingOlder: boolean;
  hasOlder: boolean;
  onLoadOlder: () => void;
  hasNewer: boolean;
  onLoadNewer: () => void;
  /** Back to the newest messages after a jump. */
  onJumpToLatest: () => void;
  focus: Focus | null;
  /** Open at the "New" divider (its row has `data-new-divider`) when it is above the screen. */
  landOnNew?: boolean;
  /** Drawn over the top of the list while the "New" divider is above the screen or not loaded (a bar about the unread messages). */
  newBar?: React.ReactNode;
  onRead: (seq: number) => void;
  /** Messages from others that arrived while scrolled up. */
  unseenCount: number;
  onPinnedChange: (pinned: boolean) => void;
  emptyTitle: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const [showJump, setShowJump] = useState(false);
  const previous = useRef<{ lastKey: string | undefined; height: number }>({ lastKey: undefined, height: 0 });
  const shownFocus = useRef<Focus | null>(null);
  const landed = useRef(!landOnNew);
  const [newAbove, setNewAbove] = useState(false);
  const wantsNewBar = Boolean(newBar);
  const measureNew = useCallback(() => {
    const el = scroller.current;
    if (!el || !wantsNewBar) return;
    const divider = el.querySelector("[data-new-divider]");
    setNewAbove(!divider || divider.getBoundingClientRect().bottom < el.getBoundingClientRect().top);
  }, [wantsNewBar]);

  const scrollToBottom = useCallback((smooth = false) => {
    scroller.current?.scrollTo({ top: 0, behavior: smooth ? "smooth" : "auto" });
  }, []);

  const setPinned = useCallback(
    (value: boolean) => {
      if (pinned.current === value) return;
      pinned.current = value;
      setShowJump(!value);
      onPinnedChange(value);
    },
    [onPinnedChange],
  );

  // Before paint: follow the bottom when pinned (or when the viewer just sent something), else keep
  // the reader's place when messages arrive below it. Older pages prepended above move nothing.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const last = rows.at(-1);
    const before = previous.current;
    const target = focus && focus !== shownFocus.current ? el.querySelector(`[data-seq="${focus.seq}"]`) : null;
    if (target) {
      shownFocus.current = focus;
      target.scrollIntoView({ block: "center" });
      setPinned(!hasNewer && -el.scrollTop < PIN_THRESHOLD_PX);
    } else if ((pinned.current && !hasNewer) || (last?.kind === "pending" && last.key !== before.lastKey)) {
      el.scrollTop = 0;
      setPinned(true);
    } else if (last?.key !== before.lastKey) {
      el.scrollTop -= el.scrollHeight - before.height;
    }
    // Once, on opening: the first unread message at the top when it isn't on screen already.
    const divider = landed.current || target ? null : el.querySelector("[data-new-divider]");
    if (divider) {
      landed.current = true;
      const [line, view] = [divider.getBoundingClientRect(), el.getBoundingClientRect()];
      if (line.top < view.top || line.bottom > view.bottom) {
        divider.scrollIntoView({ block: "start" });
        setPinned(!hasNewer && -el.scrollTop < PIN_THRESHOLD_PX);
      }
    }
    previous.current = { lastKey: last?.key, height: el.scrollHeight };
    measureNew();
  }, [rows, setPinned, focus, hasNewer, measureNew]);

  // Content that grows by itself (a wrapped line, the composer shrinking) keeps a pinned view at the bottom.
  useEffect(() => {
    const el = content.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (pinned.current) scrollToBottom();
      previous.current.height = scroller.current?.scrollHeight ?? 0;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollToBottom]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    setPinned(!hasNewer && -el.scrollTop < PIN_THRESHOLD_PX);
    measureNew();
    const fromTop = el.scrollHeight - el.clientHeight + el.scrollTop;
    if (fromTop < LOAD_OLDER_THRESHOLD_PX && hasOlder && !loadingOlder) onLoadOlder();
    if (-el.scrollTop < LOAD_OLDER_THRESHOLD_PX && hasNewer) onLoadNewer();
  };

  const jumpToLatest = () => {
    if (!hasNewer) return scrollToBottom(true);
    setPinned(true); // followed as soon as the newest page is in
    onJumpToLatest();
  };

  useReadTracking(scroller, rows, onRead);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      {newAbove && newBar}
      <div
        ref={scroller}
        onScroll={onScroll}
        className="flex min-h-0 flex-1 flex-col-reverse overflow-y-auto overscroll-contain [overflow-anchor:none]"
        role="log"
        aria-label="Messages"
        aria-live="polite"
        aria-relevant="additions"
      >
        <div ref={content} className="flex min-h-full shrink-0 flex-col justify-end py-3">
          {hasOlder ? (
            <div className="flex h-10 items-center justify-center text-muted">
              {loadingOlder && <LoaderCircle className="size-4 animate-spin" aria-label="Loading older messages" />}
            </div>
          ) : (
            rows.length > 0 && <p className="px-4 pb-2 pt-6 text-center text-xs text-muted">This is the beginning of the conversation.</p>
          )}
          {rows.length === 0 ? (
            <div className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center text-muted">
              <MessagesSquare className="size-8" aria-hidden />
              <p className="font-medium text-foreground">{emptyTitle}</p>
              <p className="text-sm">No messages yet. Say hello!</p>
            </div>
          ) : (
            rows.map(renderRow)
          )}
          {hasNewer && (
            <div className="flex h-10 items-center justify-center text-muted">
              <LoaderCircle className="size-4 animate-spin" aria-label="Loading newer messages" />
            </div>
          )}
        </div>
      </div>
      {(showJump || hasNewer) && (
        <button
          type="button"
          onClick={jumpToLatest}
          className="absolute bottom-3 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-accent px-3.5 py-1.5 text-sm font-medium text-accent-foreground shadow-lg hover:bg-accent/90"
        >
          {unseenCount > 0 ? `${unseenCount} new message${unseenCount === 1 ? "" : "s"}` : "Jump to latest"}
          <ArrowDown className="size-4" aria-hidden />
        </button>
      )}
    </div>
  );
}

export function DaySeparator({ label }: { label: string }) {
  return (
    <div role="separator" aria-label={label} className="my-3 flex items-center gap-3 px-4 text-xs font-medium text-muted">
      <span className="h-px flex-1 bg-border" />
      {label}
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}

/** The newest message row that is (or was) on screen while the tab is visible. */
function useReadTracking(scroller: React.RefObject<HTMLDivElement | null>, rows: Row[], onRead: (seq: number) => void) {
  const visible = useRef(new Set<number>());
  const report = useRef(onRead);
  useEffect(() => {
    report.current = onRead;
  });

  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const flush = () => {
      if (document.visibilityState !== "visible" || visible.current.size === 0) return;
      report.current(Math.max(...visible.current));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const seq = Number((entry.target as HTMLElement).dataset.seq);
          if (entry.isIntersecting) visible.current.add(seq);
          else visible.current.delete(seq);
        }
        flush();
      },
      { root, threshold: 0.5 },
    );
    for (const element of root.querySelectorAll<HTMLElement>("[data-seq]")) observer.observe(element);
    document.addEventListener("visibilitychange", flush);
    const seen = visible.current;
    return () => {
      observer.disconnect();
      seen.clear();
      document.removeEventListener("visibilitychange", flush);
    };
  }, [scroller, rows]);
}

/** Placeholder rows of a message list's size, while a conversation's page loads. */
export function MessagesSkeleton() {
  return (
    <div className="flex min-h-0 flex-1 flex-col justify-end gap-5 overflow-hidden p-4" aria-busy="true" aria-label="Loading messages">
      {[60, 85, 40, 70, 55].map((width, i) => (
        <div key={i} className="flex gap-3">
          <Skeleton className="size-8 shrink-0 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-3.5 w-32" />
            <Skeleton className="h-3.5" style={{ width: `${width}%` }} />
          </div>
        </div>
      ))}
    </div>
  );
}
