"use client";

import { useMemo, useState } from "react";
import { differenceInMinutes } from "date-fns";
import { MessagesSquare, Paperclip } from "lucide-react";
import { MessageBody } from "@/components/chat/message-body";
import { DaySeparator } from "@/components/chat/message-list";
import { ReaderClockProvider, useReaderClock, useReaderClockFrom } from "@/components/chat/reader-clock";
import { ReplyQuote } from "@/components/chat/reply-quote";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { GROUP_GAP_MINUTES } from "@/lib/messages/client/rows";
import type { PublicMessage, PublicMessagesPage } from "@/lib/public/message";
import type { Clock } from "@/lib/time/clock";
import { clockTime, dayKey, dayLabel, fullTime } from "@/lib/time/format";
import { cn } from "@/lib/utils";

type Row = { kind: "day"; key: string; label: string } | { kind: "message"; key: string; message: PublicMessage; groupStart: boolean };

/**
 * A public channel read by a signed-out visitor: the newest page rendered on the server, older
 * pages on request from the public read path. Nothing live — no realtime, typing, receipts or
 * presence — and nothing to act with: no composer, menus or reactions to click.
 */
export function PublicChannelView({ conversationId, title, firstPage, clock: serverClock }: { conversationId: string; title: string; firstPage: PublicMessagesPage; clock: Clock }) {
  const clock = useReaderClockFrom(serverClock);
  const [messages, setMessages] = useState(firstPage.messages);
  const [hasOlder, setHasOlder] = useState(firstPage.hasOlder);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const rows = useMemo(() => buildPublicRows(messages, clock), [messages, clock]);

  async function loadOlder() {
    const oldest = messages[0];
    if (!oldest || loading) return;
    setLoading(true);
    setFailed(false);
    try {
      const response = await fetch(`/api/public/conversations/${conversationId}/messages?before=${oldest.seq}`);
      if (!response.ok) throw new Error(String(response.status));
      const page = (await response.json()) as PublicMessagesPage;
      setMessages((current) => [...page.messages.filter((m) => m.seq < (current[0]?.seq ?? Infinity)), ...current]);
      setHasOlder(page.hasOlder);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <ReaderClockProvider value={clock}>
      {/* A reversed column opens at its bottom (the newest messages) before any script runs; older pages go on top without moving the view. */}
      <div className="flex min-h-0 flex-1 flex-col-reverse overflow-y-auto overscroll-contain bg-background" role="log" aria-label="Messages">
        <div className="flex min-h-full shrink-0 flex-col justify-end py-3">
          {hasOlder ? (
            <div className="flex flex-col items-center gap-1 py-2">
              <Button variant="ghost" size="sm" pending={loading} onClick={() => void loadOlder()}>
                Show older messages
              </Button>
              {failed && <p className="text-xs text-danger">Couldn&apos;t load older messages. Try again.</p>}
            </div>
          ) : (
            rows.length > 0 && <p className="px-4 pb-2 pt-6 text-center text-xs text-muted">This is the beginning of {title}.</p>
          )}
          {rows.length === 0 ? (
            <div className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center text-muted">
              <MessagesSquare className="size-8" aria-hidden />
              <p className="font-medium text-foreground">Welcome to {title}</p>
              <p className="text-sm">No messages yet.</p>
            </div>
          ) : (
            rows.map((row) => (row.kind === "day" ? <DaySeparator key={row.key} label={row.label} /> : <PublicMessageRow key={row.key} message={row.message} groupStart={row.groupStart} />))
          )}
        </div>
      </div>
    </ReaderClockProvider>
  );
}

/** Day separators, then messages grouped by author as in the app (one author, one day, short pauses). */
function buildPublicRows(messages: PublicMessage[], clock: Clock): Row[] {
  const rows: Row[] = [];
  const now = new Date();
  let previous = null as { authorId: string | null; at: Date; day: string } | null;
  for (const message of messages) {
    const at = new Date(message.createdAt);
    const day = dayKey(at, clock);
    const authorId = message.author?.id ?? null;
    if (previous?.day !== day) rows.push({ kind: "day", key: `day-${day}`, label: dayLabel(at, now, clock) });
    const continues = previous !== null && authorId !== null && previous.authorId === authorId && previous.day === day && differenceInMinutes(at, previous.at) < GROUP_GAP_MINUTES;
    rows.push({ kind: "message", key: message.id, message, groupStart: !continues });
    previous = { authorId, at, day };
  }
  return rows;
}

function PublicMessageRow({ message, groupStart }: { message: PublicMessage; groupStart: boolean }) {
  const clock = useReaderClock();
  const created = new Date(message.createdAt);
  const name = message.author?.fullName ?? "Deleted user";
  const time = (
    <time dateTime={message.createdAt} title={fullTime(created, clock)} className="shrink-0 text-xs text-muted">
      {clockTime(created, clock)}
    </time>
  );
  return (
    <div data-seq={message.seq} className={cn("flex gap-3 px-4 py-0.5", groupStart && "mt-3")}>
      <div className="w-8 shrink-0 pt-0.5">{groupStart && <Avatar name={message.author ? name : "?"} src={message.author?.image} size="sm" />}</div>
      <div className="min-w-0 flex-1">
        {groupStart && (
          <div className="flex items-baseline gap-2">
            <span className={cn("truncate text-sm font-semibold", !message.author && "text-muted")}>{name}</span>
            {time}
          </div>
        )}
        {message.replyTo && <ReplyQuote quote={message.replyTo} />}
        <div className="text-[0.9375rem] leading-relaxed [&>p:last-of-type]:inline">
          {message.body && <MessageBody body={message.body} mentions={message.mentions} broadcast={message.broadcast !== undefined} />}
          {message.editedAt && <span className="ml-1 text-xs text-muted">(edited)</span>}
        </div>
        {message.attachments && (
          <ul className="mt-1 flex flex-wrap gap-1.5 text-xs text-muted" aria-label="Files">
            {message.attachments.map((file, i) => (
              <li key={i} className="inline-flex max-w-60 items-center gap-1 rounded-md border border-border px-2 py-1" title="Sign in to open files">
                <Paperclip className="size-3 shrink-0" aria-hidden />
                <span className="truncate">{file.name}</span>
              </li>
            ))}
          </ul>
        )}
        {message.reactions && (
          <ul className="mt-1 flex flex-wrap gap-1" aria-label="Reactions">
            {message.reactions.map((r) => (
              <li key={r.emoji} className="inline-flex items-center gap-1 rounded-full border border-border bg-surface px-2 py-0.5 text-xs" aria-label={`${r.emoji} ${r.count}`}>
                <span aria-hidden>{r.emoji}</span>
                <span className="tabular-nums text-muted" aria-hidden>
                  {r.count}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
