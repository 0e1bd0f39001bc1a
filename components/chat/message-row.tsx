"use client";

import { Ban, Check, CheckCheck, Clock, Copy, EyeOff, Flag, Link2, MailWarning, MoreHorizontal, Pencil, Pin, PinOff, Reply, RotateCcw, Trash2, X } from "lucide-react";
import { memo, useState } from "react";
import { toast } from "@/components/ui/toast";
import { MessageAttachments } from "@/components/chat/attachments";
import { LinkPreviewCard } from "@/components/chat/link-preview-card";
import { MessageBody } from "@/components/chat/message-body";
import { MentionChip } from "@/components/chat/mention-chip";
import { EditedMarker, MessageEditor } from "@/components/chat/message-edit";
import { PresenceAvatar } from "@/components/chat/presence-avatar";
import { AddReaction, quickEmoji, ReactionChips, remember } from "@/components/chat/reactions";
import { useLongPress } from "@/components/chat/use-long-press";
import { ReplyQuote } from "@/components/chat/reply-quote";
import { useReaderClock } from "@/components/chat/reader-clock";
import { UserCard } from "@/components/chat/user-card";
import { ReportDialog } from "@/components/reports/report-dialog";
import { BlockPersonDialog } from "@/components/blocks/block-person-dialog";
import { Avatar } from "@/components/ui/avatar";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Tooltip } from "@/components/ui/tooltip";
import { markUnreadAction } from "@/lib/actions/unread/mark-unread";
import type { ReceiptState } from "@/lib/messages/client/receipt-status";
import { clockTime, fullTime, shortTime } from "@/lib/time/format";
import type { PendingMessage } from "@/lib/messages/client/timeline";
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
  jumped = false,
  changedAfterRead = false,
  editing = false,
  onDelete,
  onEdit,
  onReply,
  onJump,
  onReact,
  onPin,
}: {
  message: MessagePayload;
  groupStart: boolean;
  own: boolean;
  viewerId: string;
  canModerate: boolean;
  now: number;
  status?: PersonStatus;
  receipt?: Receipt;
  /** The message the reader jumped to: lit up briefly. */
  jumped?: boolean;
  /** Edited or deleted after the viewer had read it. */
  changedAfterRead?: boolean;
  /** The viewer is editing this message (their own). */
  editing?: boolean;
  onDelete: (message: MessagePayload, mode: DeleteMode) => void;
  /** Start editing (`body` undefined), save (resolves true when saved) or cancel (null). */
  onEdit: (message: MessagePayload, body?: string | null) => Promise<boolean>;
  /** Start a reply to this message (absent where the viewer can't post). */
  onReply?: (message: MessagePayload) => void;
  /** Go to a message of this conversation by seq (a reply's quote). */
  onJump?: (seq: number) => void;
  /** Add (`reacted`) or take back the viewer's reaction (absent where the viewer can't post). */
  onReact?: (message: MessagePayload, emoji: string, reacted: boolean) => void;
  /** Pin or unpin it (absent where the viewer can't pin). */
  onPin?: (message: MessagePayload, pinned: boolean) => void;
}) {
  const created = new Date(message.createdAt);
  const clock = useReaderClock();
  const deleted = message.deletedAt !== null;
  const author = message.author;
  const name = author?.fullName ?? "Deleted user";
  // On a phone, a long-press opens the message's menu (its actions and quick reactions).
  const [menuOpen, setMenuOpen] = useState(false);
  const longPress = useLongPress(editing ? undefined : () => setMenuOpen(true));
  // Named with @username, or @here / @everyone by a moderator: the row is highlighted for the viewer.
  const mentionsViewer = !deleted && !own && (message.broadcast !== undefined || (message.mentions?.some((m) => m.id === viewerId) ?? false));

  return (
    <div
      data-seq={message.seq}
      data-jumped={jumped || undefined}
      data-mentions-me={mentionsViewer || undefined}
      className={cn(rowClasses, groupStart && "mt-3", jumped && "animate-jumped", mentionsViewer && "bg-warning-soft/60 shadow-[inset_2px_0_0_var(--warning-foreground)]", "[-webkit-touch-callout:none] [@media(hover:none)]:select-none")}
      {...longPress}
    >
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
            {message.pinned && <PinnedMarker />}
          </div>
        )}
        {!groupStart && message.pinned && <PinnedMarker />}
        {message.replyTo && !deleted && <ReplyQuote quote={message.replyTo} onJump={onJump} />}
        {deleted ? (
          <p className="text-sm italic text-muted">This message was deleted</p>
        ) : editing ? (
          <MessageEditor initial={message.body} onSave={(body) => onEdit(message, body)} onCancel={() => void onEdit(message, null)} />
        ) : (
          <div className="text-[0.9375rem] leading-relaxed [&>p:last-of-type]:inline">
            {message.body && <MessageBody body={message.body} mentions={message.mentions} broadcast={message.broadcast !== undefined} renderMention={(person, label, key) => <MentionChip key={key} person={person} viewerId={viewerId} label={label} />} />}
            {message.editedAt && <EditedMarker messageId={message.id} editedAt={message.editedAt} />}
          </div>
        )}
        {!deleted && message.attachments && <MessageAttachments attachments={message.attachments} />}
        {!deleted && !editing && message.linkPreview && <LinkPreviewCard messageId={message.id} preview={message.linkPreview} removable={own} />}
        {!deleted && message.reactions && message.reactions.length > 0 && (
          <ReactionChips messageId={message.id} reactions={message.reactions} onToggle={onReact && ((emoji, reacted) => onReact(message, emoji, reacted))} />
        )}
        {changedAfterRead && (
          <p className="text-xs italic text-muted" data-changed-after-read>
            {deleted ? "Deleted after you read it" : "Edited after you read it"}
          </p>
        )}
        {receipt?.seen && <SeenBy receipt={receipt} />}
      </div>
      {receipt && <ReceiptMark state={receipt.state} />}
      <MessageActions
        message={message}
        canEdit={own && !deleted && !editing}
        canReport={!own && !deleted && author !== null}
        canDeleteForEveryone={!deleted && (own || canModerate)}
        onDelete={onDelete}
        onEdit={() => void onEdit(message)}
        onReply={onReply && !deleted ? () => onReply(message) : undefined}
        onReact={onReact && !deleted ? (emoji) => onReact(message, emoji, true) : undefined}
        onPin={onPin && !deleted ? () => onPin(message, !message.pinned) : undefined}
        open={menuOpen}
        onOpenChange={setMenuOpen}
      />
    </div>
  );
});

function PinnedMarker() {
  return (
    <span className="inline-flex items-center gap-1 text-xs text-muted" data-pinned>
      <Pin className="size-3" aria-hidden /> Pinned
    </span>
  );
}

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
        {pending.replyTo && <ReplyQuote quote={pending.replyTo} />}
        <div className={cn("text-[0.9375rem] leading-relaxed", !failed && "opacity-60")}>
          {pending.body && <MessageBody body={pending.body} />}
          {pending.attachments && (
            <ul className="mt-1 flex flex-wrap gap-1.5 text-xs text-muted" aria-label="Files">
              {pending.attachments.map((a) => (
                <li key={a.id} className="rounded border border-border px-2 py-1">
                  {a.name}
                </li>
              ))}
            </ul>
          )}
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
  canEdit,
  canReport,
  canDeleteForEveryone,
  onDelete,
  onEdit,
  onReply,
  onReact,
  onPin,
  open,
  onOpenChange,
}: {
  message: MessagePayload;
  canEdit: boolean;
  canReport: boolean;
  canDeleteForEveryone: boolean;
  onDelete: (message: MessagePayload, mode: DeleteMode) => void;
  onEdit: () => void;
  onReply?: () => void;
  onReact?: (emoji: string) => void;
  onPin?: () => void;
  /** The menu's open state (a long-press opens it too). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [reporting, setReporting] = useState(false);
  const [blocking, setBlocking] = useState(false);
  const author = message.author;
  const copy = (text: string, done: string) =>
    navigator.clipboard.writeText(text).then(
      () => toast.success(done),
      () => toast.error("Couldn't copy: your browser refused."),
    );
  return (
    <div className="absolute right-3 top-0 flex -translate-y-1/3 gap-1 opacity-0 transition-opacity focus-within:opacity-100 group-hover:opacity-100 has-[[data-state=open]]:opacity-100">
      {onReact && (
        <AddReaction
          onPick={onReact}
          className="rounded-md border border-border bg-surface p-1 text-muted shadow-sm hover:text-foreground data-[state=open]:text-foreground"
        />
      )}
      <DropdownMenu open={open} onOpenChange={onOpenChange}>
        <DropdownMenuTrigger
          aria-label="Message actions"
          className="rounded-md border border-border bg-surface p-1 text-muted shadow-sm hover:text-foreground data-[state=open]:text-foreground"
        >
          <MoreHorizontal className="size-4" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" collisionPadding={8}>
          {onReact && (
            <>
              <div className="flex gap-0.5" role="group" aria-label="Quick reactions">
                {quickEmoji()
                  .slice(0, 6)
                  .map((emoji) => (
                    <DropdownMenuItem
                      key={emoji}
                      aria-label={`React with ${emoji}`}
                      onSelect={() => {
                        remember(emoji);
                        onReact(emoji);
                      }}
                      className="size-9 justify-center p-0 text-xl"
                    >
                      {emoji}
                    </DropdownMenuItem>
                  ))}
              </div>
              <DropdownMenuSeparator />
            </>
          )}
          {onReply && (
            <DropdownMenuItem onSelect={onReply}>
              <Reply className="size-4" aria-hidden /> Reply
            </DropdownMenuItem>
          )}
          {canEdit && (
            <DropdownMenuItem onSelect={onEdit}>
              <Pencil className="size-4" aria-hidden /> Edit
            </DropdownMenuItem>
          )}
          {onPin && (
            <DropdownMenuItem onSelect={onPin}>
              {message.pinned ? <PinOff className="size-4" aria-hidden /> : <Pin className="size-4" aria-hidden />} {message.pinned ? "Unpin" : "Pin"}
            </DropdownMenuItem>
          )}
          {!message.deletedAt && (
            <DropdownMenuItem onSelect={() => copy(message.body, "Copied")}>
              <Copy className="size-4" aria-hidden /> Copy text
            </DropdownMenuItem>
          )}
          <DropdownMenuItem onSelect={() => copy(messageLink(message.id), "Link copied")}>
            <Link2 className="size-4" aria-hidden /> Copy link
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void markUnread(message.id)}>
            <MailWarning className="size-4" aria-hidden /> Mark unread from here
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => onDelete(message, "me")}>
            <EyeOff className="size-4" aria-hidden /> Delete for me
          </DropdownMenuItem>
          {canReport && (
            <DropdownMenuItem onSelect={() => setReporting(true)}>
              <Flag className="size-4" aria-hidden /> Report
            </DropdownMenuItem>
          )}
          {canReport && author && (
            <DropdownMenuItem onSelect={() => setBlocking(true)}>
              <Ban className="size-4" aria-hidden /> Block {author.fullName}
            </DropdownMenuItem>
          )}
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
      {canReport && <ReportDialog messageId={message.id} open={reporting} onOpenChange={setReporting} />}
      {canReport && author && <BlockPersonDialog person={author} open={blocking} onOpenChange={setBlocking} />}
    </div>
  );
}

/** A link that opens the conversation at this message, for whoever may read it. */
export function messageLink(messageId: string): string {
  return `${window.location.origin}/m/${messageId}`;
}

async function markUnread(messageId: string) {
  const result = await markUnreadAction({ messageId });
  if (!result.ok) toast.error(result.error.message);
}
