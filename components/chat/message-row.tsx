"use client";

import { Check, CheckCheck, Clock, Copy, EyeOff, MoreHorizontal, RotateCcw, Trash2, X } from "lucide-react";
import { memo } from "react";
import { toast } from "@/components/ui/toast";
import { MessageBody } from "@/components/chat/message-body";
import { PresenceAvatar } from "@/components/chat/presence-avatar";
import { useReaderClock } from "@/components/chat/reader-clock";
import { UserCard } from "@/components/chat/user-card";
import { Avatar } from "@/components/ui/avatar";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Tooltip } from "@/components/ui/tooltip";
import type { ReceiptState } from "@/lib/messages/receipt-status";
import { clockTime, fullTime, shortTime } from "@/lib/messages/time-format";
import type { PendingMessage } from "@/lib/messages/timeline";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { cn } from "@/lib/utils";

export type DeleteMode = "everyone" | "me";
export type PersonStatus = { online: boolean; label: string };
export type Receipt = { state: ReceiptState; seen: string | null; seenNames: string[] };

type Viewer = { id: string; username: string; fullName: string; image: string | null };

const rowClasses = "group relative flex gap-3 px-4 py-0.5 focus-within:bg-surface-muted/60 hover:bg-surface-muted/60";

/** One stored message: author and time at the start of a group, body, markers, receipts, actions. */
export const MessageRow = memo(function MessageRow({
  message,
  groupStart,
  own,
  viewerId,
  canModerate,
  now,
  status,
  receipt,
  onDelete,
}: {
  message: MessagePayload;
  groupStart: boolean;
  own: boolean;
  viewerId: string;
  canModerate: boolean;
  now: number;
  status?: PersonStatus;
  receipt?: Receipt;
  onDelete: (message: MessagePayload, mode: DeleteMode) => void;
}) {
  const created = new Date(message.createdAt);
  const clock = useReaderClock();
  const deleted = message.deletedAt !== null;
  const author = message.author;
  const name = author?.fullName ?? "Deleted user";

  return (
    <div data-seq={message.seq} className={cn(rowClasses, groupStart && "mt-3")}>
      <Gutter groupStart={groupStart} created={created}>
        {author ? (
          <UserCard user={author} viewerId={viewerId} status={status?.label} online={status?.online}>
            <button type="button" className="rounded-full" aria-label={`${name}'s profile`}>
              <PresenceAvatar name={name} src={author.image} online={status?.online ?? false} />
            </button>
          </UserCard>
        ) : (
          <Avatar name="?" size="sm" />
        )}
      </Gutter>
      <div className="min-w-0 flex-1">
        {groupStart && (
          <div className="flex items-baseline gap-2">
            {author ? (
              <UserCard user={author} viewerId={viewerId} status={status?.label} online={status?.online}>
                <button type="button" className="truncate text-sm font-semibold hover:underline">
                  {name}
                </button>
              </UserCard>
            ) : (
              <span className="text-sm font-semibold text-muted">{name}</span>
            )}
            <time dateTime={message.createdAt} title={fullTime(created, clock)} className="shrink-0 text-xs text-muted">
              {now ? shortTime(created, new Date(now), clock) : clockTime(created, clock)}
            </time>
          </div>
        )}
        {deleted ? (
          <p className="text-sm italic text-muted">This message was deleted</p>
        ) : (
          <div className="text-[0.9375rem] leading-relaxed">
            <MessageBody body={message.body} />
            {message.editedAt && <span className="text-xs text-muted"> (edited)</span>}
          </div>
        )}
        {receipt?.seen && <SeenBy receipt={receipt} />}
      </div>
      {receipt && <ReceiptMark state={receipt.state} />}
      <MessageActions message={message} canDeleteForEveryone={!deleted && (own || canModerate)} onDelete={onDelete} />
    </div>
  );
});

/** An optimistic send: shown at once, marked while it is on its way, with a way out if it fails. */
export function PendingRow({
  pending,
  groupStart,
  viewer,
  onRetry,
  onDiscard,
}: {
  pending: PendingMessage;
  groupStart: boolean;
  viewer: Viewer;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}) {
  const failed = pending.status === "failed";
  return (
    <div className={cn(rowClasses, groupStart && "mt-3")} aria-busy={!failed}>
      <Gutter groupStart={groupStart} created={new Date(pending.createdAt)}>
        <Avatar name={viewer.fullName} src={viewer.image} size="sm" />
      </Gutter>
      <div className="min-w-0 flex-1">
        {groupStart && <p className="text-sm font-semibold">{viewer.fullName}</p>}
        <div className={cn("text-[0.9375rem] leading-relaxed", !failed && "opacity-60")}>
          <MessageBody body={pending.body} />
        </div>
        {failed && (
          <p role="alert" className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs font-medium text-danger">
            <span>Not sent{pending.error ? ` — ${pending.error}` : ""}</span>
            <button type="button" onClick={() => onRetry(pending.clientId)} className="inline-flex items-center gap-1 underline underline-offset-2">
              <RotateCcw className="size-3" aria-hidden /> Retry
            </button>
            <button type="button" onClick={() => onDiscard(pending.clientId)} className="inline-flex items-center gap-1 text-muted underline underline-offset-2">
              <X className="size-3" aria-hidden /> Discard
            </button>
          </p>
        )}
      </div>
      {!failed && (
        <span className="mb-1 self-end text-muted" title="Sending…">
          <Clock className="size-3.5" aria-hidden />
          <span className="sr-only">Sending</span>
        </span>
      )}
    </div>
  );
}

/** Avatar at the start of a group; on the other rows, the time on hover. */
function Gutter({ groupStart, created, children }: { groupStart: boolean; created: Date; children: React.ReactNode }) {
  const clock = useReaderClock();
  return (
    <div className="w-8 shrink-0 pt-0.5">
      {groupStart ? (
        children
      ) : (
        <time dateTime={created.toISOString()} title={fullTime(created, clock)} className="hidden pt-1 text-[10px] leading-none text-muted group-hover:block">
          {clockTime(created, clock)}
        </time>
      )}
    </div>
  );
}

const receiptLabels: Record<ReceiptState, string> = { sent: "Sent", delivered: "Delivered", read: "Read" };

function ReceiptMark({ state }: { state: ReceiptState }) {
  const Icon = state === "sent" ? Check : CheckCheck;
  return (
    <span className={cn("mb-1 self-end", state === "read" ? "text-accent" : "text-muted")} title={receiptLabels[state]} data-receipt={state}>
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">{receiptLabels[state]}</span>
    </span>
  );
}

function SeenBy({ receipt }: { receipt: Receipt }) {
  const text = <span className="text-xs text-muted">{receipt.seen}</span>;
  if (receipt.seenNames.length === 0) return <p>{text}</p>;
  return (
    <p>
      <Tooltip content={receipt.seenNames.join(", ")}>
        <button type="button" className="cursor-default">
          {text}
        </button>
      </Tooltip>
    </p>
  );
}

function MessageActions({
  message,
  canDeleteForEveryone,
  onDelete,
}: {
  message: MessagePayload;
  canDeleteForEveryone: boolean;
  onDelete: (message: MessagePayload, mode: DeleteMode) => void;
}) {
  const copy = () =>
    navigator.clipboard.writeText(message.body).then(
      () => toast.success("Copied"),
      () => toast.error("Couldn't copy: your browser refused."),
    );
  return (
    <div className="absolute right-3 top-0 -translate-y-1/3 opacity-0 transition-opacity focus-within:opacity-100 group-hover:opacity-100 has-[[data-state=open]]:opacity-100">
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label="Message actions"
          className="rounded-md border border-border bg-surface p-1 text-muted shadow-sm hover:text-foreground data-[state=open]:text-foreground"
        >
          <MoreHorizontal className="size-4" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {!message.deletedAt && (
            <DropdownMenuItem onSelect={copy}>
              <Copy className="size-4" aria-hidden /> Copy text
            </DropdownMenuItem>
          )}
          <DropdownMenuItem onSelect={() => onDelete(message, "me")}>
            <EyeOff className="size-4" aria-hidden /> Delete for me
          </DropdownMenuItem>
          {canDeleteForEveryone && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem destructive onSelect={() => onDelete(message, "everyone")}>
                <Trash2 className="size-4" aria-hidden /> Delete for everyone
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
