"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { BlockedMessageRow } from "@/components/blocks/blocked-message-row";
import { useBlockedPeople } from "@/components/blocks/blocked-people-provider";
import { toast } from "@/components/ui/toast";
import { Composer } from "@/components/chat/composer";
import { ReplyingBar } from "@/components/chat/reply-quote";
import { useUploads } from "@/components/chat/use-uploads";
import { ChannelPresence, ThreadHeader } from "@/components/chat/conversation-header";
import { DaySeparator, MessageList, type Focus } from "@/components/chat/message-list";
import { MessageRow, PendingRow, type DeleteMode, type PersonStatus, type Receipt } from "@/components/chat/message-row";
import { ReaderClockProvider, useReaderClockFrom } from "@/components/chat/reader-clock";
import { useConversation } from "@/components/chat/use-conversation";
import { useNow } from "@/components/chat/use-now";
import { useTyping } from "@/components/chat/use-typing";
import { ConnectionStatus } from "@/components/realtime/connection-status";
import { Banner } from "@/components/ui/banner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { setPinAction } from "@/lib/actions/pins/set-pin";
import { setReactionAction } from "@/lib/actions/reactions/set-reaction";
import { PinsDialog } from "@/components/chat/pins-dialog";
import type { Clock } from "@/lib/time/clock";
import type { MessagesPage } from "@/lib/messages/page";
import { lastSeenLabel } from "@/lib/time/format";
import { receiptStatus, seenLabel } from "@/lib/messages/client/receipt-status";
import { buildRows, type Row } from "@/lib/messages/client/rows";
import { changedAfterRead } from "@/lib/messages/client/timeline";
import { replyExcerpt } from "@/lib/messages/reply";
import type { MessagePayload, ReplyQuote, ThreadState } from "@/lib/realtime/catalogue";
import { ManageThreadButton } from "@/components/threads/manage-thread-button";
import { useLiveGroup } from "@/components/threads/use-live-group";
import { threadTitle } from "@/lib/threads/title";
import { usePersonPresence } from "@/components/realtime/use-person-presence";
import { usePresence } from "@/components/realtime/use-presence";
import { useSlowMode } from "@/components/chat/use-slow-mode";
import { NewDivider } from "@/components/unread/new-divider";
import { NewMessagesBar } from "@/components/unread/new-messages-bar";
import { firstUnreadSeq, withNewDivider } from "@/lib/unread/client/divider";

export type ConversationViewProps = {
  conversationId: string;
  kind: "channel" | "thread";
  /** Shown in the composer placeholder and to screen readers, e.g. "#general" or "Alice". */
  title: string;
  viewer: { id: string; username: string; fullName: string; image: string | null };
  canPost: boolean;
  canModerate: boolean;
  /** May pin and unpin (a channel's owner and moderators, a thread's participants). */
  canPin: boolean;
  /** Why the viewer cannot post (shown instead of the composer), e.g. "Join this server to post". */
  readOnlyReason?: string;
  /** The channel's slow mode for this viewer (0: off, or staff). */
  slowModeSeconds?: number;
  /** Threads on small screens: where the back arrow in the header leads. */
  backHref?: string;
  /** The newest page of messages (or the page around `focusSeq`), read for the viewer while rendering the page (listMessages). */
  newestPage: MessagesPage;
  /** `?at=<seq>`: the message to open the conversation at, in view and lit up. */
  focusSeq?: number;
  /** The reader's locale and time zone as the server knows them (readerClock), for the first render. */
  clock: Clock;
  /** A group thread as the page read it (kept live here): its title, people and who manages it. */
  group?: ThreadState;
  /**
   * A message request the viewer hasn't accepted: shown in place of the composer (accept, ignore,
   * block); presence is neither joined nor listed, so its sender isn't told it was opened.
   */
  messageRequest?: React.ReactNode;
};

/**
 * The message pane of a channel or a direct thread: history, composer, typing, receipts,
 * presence, live and caught up after any gap. A thread also gets its header here (it shows live
 * presence); a channel page renders its own header and gets a strip of who is here.
 */
export function ConversationView(props: ConversationViewProps) {
  return <Conversation key={props.conversationId} {...props} />;
}

function Conversation({ conversationId, kind, title: pageTitle, viewer, canPost, canModerate, canPin, readOnlyReason, slowModeSeconds = 0, backHref, newestPage, focusSeq, clock: serverClock, group: initialGroup, messageRequest }: ConversationViewProps) {
  const { sync, timeline, status, subscribed } = useConversation(conversationId, viewer.id, newestPage);
  const slowMode = useSlowMode(slowModeSeconds);
  const uploads = useUploads(conversationId);
  const [dropping, setDropping] = useState(false);
  const clock = useReaderClockFrom(serverClock);
  const { summary } = timeline;
  const listPresence = !messageRequest && summary !== null && (summary.kind === "thread" || summary.onlineCount === null);
  const presence = usePresence(listPresence ? conversationId : null);
  const blocked = useBlockedPeople();
  const [shownBlocked, setShownBlocked] = useState<ReadonlySet<string>>(new Set());
  const hereNow = useMemo(() => new Map([...presence.members].filter(([id]) => !blocked.has(id))), [presence.members, blocked]);
  const typing = useTyping(listPresence ? conversationId : null, viewer.id);
  const now = useNow();

  const group = useLiveGroup(conversationId, initialGroup);
  const participants = group ? group.participants : summary?.kind === "thread" ? summary.participants : null;
  const others = useMemo(() => participants?.filter((p) => p.id !== viewer.id) ?? null, [participants, viewer.id]);
  const title = group && others ? threadTitle(group.title, others) : pageTitle;

  const presenceOf = usePersonPresence();
  const statusOf = useCallback(
    (userId: string): PersonStatus => {
      const { online, lastSeen } = presenceOf(userId, participants?.find((p) => p.id === userId)?.lastSeenAt);
      return { online, label: lastSeenLabel(online, lastSeen, now) };
    },
    [presenceOf, participants, now],
  );

  const nameOf = useCallback(
    (userId: string) =>
      participants?.find((p) => p.id === userId)?.fullName ??
      presence.members.get(userId)?.fullName ??
      timeline.readerNames[userId] ??
      timeline.messages.find((m) => m.author?.id === userId)?.author?.fullName ??
      "Someone",
    [participants, presence.members, timeline.readerNames, timeline.messages],
  );

  // The "New" divider: fixed for this visit at the first message unread when it opened.
  const [newFrom] = useState(() => (focusSeq === undefined ? firstUnreadSeq(newestPage, viewer.id) : null));
  const newSince = useMemo(() => newestPage.messages.find((m) => m.seq === newFrom)?.createdAt, [newestPage, newFrom]);
  const rows = useMemo(
    () => withNewDivider(buildRows(timeline.messages, timeline.pending, viewer.id, now ? new Date(now) : undefined, clock), newFrom),
    [timeline.messages, timeline.pending, viewer.id, now, clock, newFrom],
  );
  const receipts = useReceipts(timeline.messages, timeline.receipts, viewer.id, others, nameOf);

  // "N new messages": what arrived from others since the reader scrolled away from the bottom.
  const [unseenAfter, setUnseenAfter] = useState<number | null>(null);
  const onPinnedChange = useCallback((pinned: boolean) => setUnseenAfter(pinned ? null : (sync.state.messages.at(-1)?.seq ?? 0)), [sync]);
  // After a jump, pages loaded on the way down are history, not news.
  const unseenCount = unseenAfter === null || timeline.hasNewer ? 0 : timeline.messages.filter((m) => m.seq > unseenAfter && m.author?.id !== viewer.id).length;

  const { focus, jumpTo } = useJumps(sync, focusSeq);
  const onJump = useCallback((seq: number) => void jumpTo(seq), [jumpTo]);

  // Replying: the message answered shows above the composer until the reply is sent or cancelled.
  const [replyingTo, setReplyingTo] = useState<ReplyQuote | null>(null);
  const onReply = useCallback((message: MessagePayload) => setReplyingTo(quoteOf(message)), []);

  const onReact = useCallback(
    async (message: MessagePayload, emoji: string, reacted: boolean) => {
      const result = await setReactionAction({ messageId: message.id, emoji, reacted });
      if (!result.ok) return void toast.error(result.error.message);
      sync.onReactionChanged({ messageId: message.id, emoji, userId: viewer.id, reacted: result.data.reacted, count: result.data.count });
    },
    [sync, viewer.id],
  );

  const onPin = useCallback(
    async (messageId: string, pinned: boolean) => {
      const result = await setPinAction({ messageId, pinned });
      if (!result.ok) return void toast.error(result.error.message);
      sync.onPinsChanged(result.data);
      toast.success(pinned ? "Pinned" : "Unpinned");
    },
    [sync],
  );
  const onPinMessage = useCallback((message: MessagePayload, pinned: boolean) => void onPin(message.id, pinned), [onPin]);
  const onUnpin = useCallback((messageId: string) => onPin(messageId, false), [onPin]);

  const [confirming, setConfirming] = useState<{ message: MessagePayload; mode: DeleteMode } | null>(null);
  const onDelete = useCallback((message: MessagePayload, mode: DeleteMode) => setConfirming({ message, mode }), []);
  const confirmDelete = async () => {
    if (!confirming) return;
    const { message, mode } = confirming;
    const result = mode === "everyone" ? await deleteMessageAction({ messageId: message.id }) : await hideMessageAction({ messageId: message.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return false;
    }
    if (mode === "everyone") sync.onMessageDeleted({ conversationId, id: message.id, seq: message.seq });
    else sync.onMessageHidden({ conversationId, messageId: message.id });
  };

  // Editing: one message at a time; ↑ in the empty composer picks the viewer's last one.
  const [editingId, setEditingId] = useState<string | null>(null);
  const onEdit = useCallback(
    async (message: MessagePayload, body?: string | null) => {
      if (body === undefined || body === null) {
        setEditingId(body === undefined ? message.id : null);
        return true;
      }
      const result = await editMessageAction({ messageId: message.id, body });
      if (!result.ok) {
        toast.error(result.error.message);
        return false;
      }
      sync.onMessageUpdated({ message: result.data });
      return true;
    },
    [sync],
  );
  const editLast = () => {
    const last = timeline.messages.findLast((m) => m.author?.id === viewer.id && !m.deletedAt);
    if (!last) return false;
    setEditingId(last.id);
    return true;
  };

  const renderRow = (row: Row) => {
    if (row.kind === "day") return <DaySeparator key={row.key} label={row.label} />;
    if (row.kind === "new") return <NewDivider key={row.key} />;
    if (row.kind === "pending") {
      return <PendingRow key={row.key} pending={row.pending} groupStart={row.groupStart} viewer={viewer} onRetry={(id) => sync.retry(id)} onDiscard={(id) => sync.discard(id)} />;
    }
    const author = row.message.author;
    if (author && blocked.has(author.id) && !shownBlocked.has(row.message.id)) {
      const { id, seq } = row.message;
      return <BlockedMessageRow key={row.key} seq={seq} onShow={() => setShownBlocked((shown) => new Set(shown).add(id))} />;
    }
    return (
      <MessageRow
        key={row.key}
        message={row.message}
        groupStart={row.groupStart}
        own={row.own}
        viewerId={viewer.id}
        canModerate={canModerate}
        now={now}
        status={author ? statusOf(author.id) : undefined}
        receipt={row.own ? receipts.get(row.message.seq) : undefined}
        jumped={focus?.seq === row.message.seq}
        changedAfterRead={changedAfterRead(timeline, row.message)}
        editing={editingId === row.message.id}
        onDelete={onDelete}
        onEdit={onEdit}
        onReply={canPost ? onReply : undefined}
        onReact={canPost ? onReact : undefined}
        onPin={canPin ? onPinMessage : undefined}
        onJump={onJump}
      />
    );
  };

  return (
    <ReaderClockProvider value={clock}>
      <div
        className="relative flex min-h-0 min-w-0 flex-1 flex-col bg-background"
        onDragOver={(event) => {
          if (!canPost || !event.dataTransfer.types.includes("Files")) return;
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
        }}
        onDrop={(event) => {
          if (!canPost || event.dataTransfer.files.length === 0) return;
          event.preventDefault();
          setDropping(false);
          const refused = uploads.add(event.dataTransfer.files);
          if (refused) toast.error(refused);
        }}
      >
        {dropping && (
          <div className="pointer-events-none absolute inset-2 z-20 flex items-center justify-center rounded-xl border-2 border-dashed border-accent bg-background/80 text-sm font-medium" aria-hidden>
            Drop files to attach them
          </div>
        )}
        {kind === "thread" ? (
          <ThreadHeader
            conversationId={conversationId}
            title={title}
            others={others}
            statusOf={statusOf}
            viewerId={viewer.id}
            backHref={backHref}
            manage={group && <ManageThreadButton group={group} viewerId={viewer.id} />}
          />
        ) : (
          <ChannelPresence
            members={listPresence ? hereNow : null}
            onlineCount={summary?.kind === "channel" ? summary.onlineCount : null}
            statusOf={statusOf}
            viewerId={viewer.id}
          />
        )}
        <ConnectionStatus subscribed={subscribed} />
        {status.error && <Banner tone="warning">{status.error}</Banner>}
        <MessageList
          rows={rows}
          renderRow={renderRow}
          loadingOlder={status.loadingOlder}
          hasOlder={timeline.hasOlder}
          onLoadOlder={() => void sync.loadOlder()}
          hasNewer={timeline.hasNewer}
          onLoadNewer={() => void sync.loadNewer()}
          onJumpToLatest={() => void sync.jumpToLatest()}
          focus={focus}
          landOnNew={newFrom !== null}
          newBar={newFrom !== null && <NewMessagesBar conversationId={conversationId} since={newSince} onJumpAway={() => void jumpTo(newFrom)} />}
          onRead={(seq) => sync.markRead(seq)}
          unseenCount={unseenCount}
          onPinnedChange={onPinnedChange}
          emptyTitle={kind === "thread" ? `This is the start of your conversation with ${title}` : `Welcome to ${title}`}
        />
        <p className="h-5 shrink-0 truncate px-4 text-xs text-muted" aria-live="polite">
          {typing.label}
        </p>
        {canPost && slowMode.notice}
        {canPost && replyingTo && <ReplyingBar quote={replyingTo} onCancel={() => setReplyingTo(null)} />}
        {messageRequest ?? (canPost ? (
          <Composer
            conversationId={conversationId}
            placeholder={`Message ${title}`}
            replying={replyingTo?.id}
            onCancelReply={() => setReplyingTo(null)}
            canBroadcast={kind === "channel" && canModerate}
            onSend={(body, attachments) => {
              slowMode.sent();
              sync.send(body, replyingTo ?? undefined, attachments);
              setReplyingTo(null);
            }}
            uploads={uploads}
            onEditLast={editLast}
            onTyping={(active) => (active ? typing.notifier.input() : typing.notifier.stop())}
          />
        ) : (
          <p className="border-t border-border bg-surface px-4 py-4 text-center text-sm text-muted">
            {readOnlyReason ?? (kind === "channel" ? "Join this server to post messages." : "You can't post in this conversation.")}
          </p>
        ))}
        <PinsDialog conversationId={conversationId} pinsVersion={timeline.pinsVersion} canPin={canPin} onJump={onJump} onUnpin={onUnpin} />
        <ConfirmDialog
          open={confirming !== null}
          onOpenChange={(open) => !open && setConfirming(null)}
          title={confirming?.mode === "everyone" ? "Delete for everyone?" : "Delete for you?"}
          description={
            confirming?.mode === "everyone"
              ? "The message will be replaced by “This message was deleted” for everyone, and its text erased. This can't be undone."
              : "The message will disappear from your view on all your devices. Others will still see it."
          }
          confirmLabel={confirming?.mode === "everyone" ? "Delete for everyone" : "Delete for me"}
          onConfirm={confirmDelete}
        />
      </div>
    </ReaderClockProvider>
  );
}

/** Receipts for the viewer's messages; "Seen by …" only under the latest one someone has read. */
function useReceipts(
  messages: MessagePayload[],
  marks: Parameters<typeof receiptStatus>[0],
  viewerId: string,
  others: { id: string }[] | null,
  nameOf: (id: string) => string,
): Map<number, Receipt> {
  return useMemo(() => {
    const audience = others ? { kind: "thread" as const, others: others.map((o) => o.id) } : { kind: "channel" as const };
    const labelFor = others ? (others.length === 1 ? "direct" : "group") : "channel";
    const result = new Map<number, Receipt>();
    let seenShown = false;
    for (let i = messages.length - 1; i >= 0; i--) {
      const message = messages[i]!;
      if (message.author?.id !== viewerId) continue;
      const { state, readers } = receiptStatus(marks, message.seq, audience);
      const seen = seenShown || message.deletedAt ? null : seenLabel(readers, nameOf, labelFor);
      if (seen) seenShown = true;
      result.set(message.seq, { state, seen, seenNames: seen && labelFor === "channel" ? readers.slice(0, 20).map(nameOf) : [] });
    }
    return result;
  }, [messages, marks, viewerId, others, nameOf]);
}

/**
 * Jumping to a message: brings it into view and lights it up, loading the page of history around
 * it first when it isn't loaded. Starts at the page's `?at=` and follows it when it changes
 * (a message link opened from inside the app).
 */
function useJumps(sync: ReturnType<typeof useConversation>["sync"], focusSeq: number | undefined) {
  const [focus, setFocus] = useState<Focus | null>(focusSeq ? { seq: focusSeq } : null);
  const jumpTo = useCallback(
    async (seq: number) => {
      if (!sync.state.messages.some((m) => m.seq === seq)) {
        try {
          await sync.jumpTo(seq);
        } catch {
          toast.error("Couldn't open that message. Try again.");
          return;
        }
      }
      setFocus({ seq });
    },
    [sync],
  );
  const openedAt = useRef(focusSeq);
  useEffect(() => {
    if (focusSeq === undefined || focusSeq === openedAt.current) return;
    openedAt.current = focusSeq;
    void jumpTo(focusSeq);
  }, [focusSeq, jumpTo]);
  return { focus, jumpTo };
}

/** How a reply quotes the message it answers. */
function quoteOf(message: MessagePayload): ReplyQuote {
  const { author } = message;
  return { id: message.id, seq: message.seq, author: author && { id: author.id, fullName: author.fullName }, excerpt: replyExcerpt(message.body), deleted: false };
}
