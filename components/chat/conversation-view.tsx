"use client";

import { useCallback, useMemo, useState } from "react";
import { toast } from "@/components/ui/toast";
import { Composer } from "@/components/chat/composer";
import { ChannelPresence, ThreadHeader } from "@/components/chat/conversation-header";
import { DaySeparator, MessageList } from "@/components/chat/message-list";
import { MessageRow, PendingRow, type DeleteMode, type PersonStatus, type Receipt } from "@/components/chat/message-row";
import { ReaderClockProvider, useReaderClockFrom } from "@/components/chat/reader-clock";
import { useConversation } from "@/components/chat/use-conversation";
import { useNow } from "@/components/chat/use-now";
import { useTyping } from "@/components/chat/use-typing";
import { useRealtime } from "@/components/realtime/realtime-provider";
import { Banner } from "@/components/ui/banner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import type { Clock } from "@/lib/messages/clock";
import type { MessagesPage } from "@/lib/messages/page";
import { lastSeenLabel } from "@/lib/messages/time-format";
import { receiptStatus, seenLabel } from "@/lib/messages/receipt-status";
import { buildRows, type Row } from "@/lib/messages/rows";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { usePresence } from "@/lib/realtime/use-presence";

export type ConversationViewProps = {
  conversationId: string;
  kind: "channel" | "thread";
  /** Shown in the composer placeholder and to screen readers, e.g. "#general" or "Alice". */
  title: string;
  viewer: { id: string; username: string; fullName: string; image: string | null };
  canPost: boolean;
  canModerate: boolean;
  /** Why the viewer cannot post (shown instead of the composer), e.g. "Join this server to post". */
  readOnlyReason?: string;
  /** Threads on small screens: where the back arrow in the header leads. */
  backHref?: string;
  /** The newest page of messages, read for the viewer while rendering the page (listMessages). */
  newestPage: MessagesPage;
  /** The reader's locale and time zone as the server knows them (readerClock), for the first render. */
  clock: Clock;
};

/**
 * The message pane of a channel or a direct thread: history, composer, typing, receipts,
 * presence, live and caught up after any gap. A thread also gets its header here (it shows live
 * presence); a channel page renders its own header and gets a strip of who is here.
 */
export function ConversationView(props: ConversationViewProps) {
  return <Conversation key={props.conversationId} {...props} />;
}

function Conversation({ conversationId, kind, title, viewer, canPost, canModerate, readOnlyReason, backHref, newestPage, clock: serverClock }: ConversationViewProps) {
  const { sync, timeline, status, channel } = useConversation(conversationId, viewer.id, newestPage);
  const clock = useReaderClockFrom(serverClock);
  const { summary } = timeline;
  const listPresence = summary !== null && (summary.kind === "thread" || summary.onlineCount === null);
  const presence = usePresence(listPresence ? conversationId : null);
  const typing = useTyping(conversationId, channel, viewer);
  const now = useNow();
  const connection = useConnectionProblem();

  const participants = summary?.kind === "thread" ? summary.participants : null;
  const others = useMemo(() => participants?.filter((p) => p.id !== viewer.id) ?? null, [participants, viewer.id]);

  const statusOf = useCallback(
    (userId: string): PersonStatus => {
      const online = presence.members.has(userId);
      const fromServer = participants?.find((p) => p.id === userId)?.lastSeenAt;
      const lastSeen = Math.max(presence.leftAt.get(userId) ?? 0, fromServer ? Date.parse(fromServer) : 0) || null;
      return { online, label: lastSeenLabel(online, lastSeen, now) };
    },
    [presence, participants, now],
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

  const rows = useMemo(
    () => buildRows(timeline.messages, timeline.pending, viewer.id, now ? new Date(now) : undefined, clock),
    [timeline.messages, timeline.pending, viewer.id, now, clock],
  );
  const receipts = useReceipts(timeline.messages, timeline.receipts, viewer.id, others, nameOf);

  // "N new messages": what arrived from others since the reader scrolled away from the bottom.
  const [unseenAfter, setUnseenAfter] = useState<number | null>(null);
  const onPinnedChange = useCallback((pinned: boolean) => setUnseenAfter(pinned ? null : (sync.state.messages.at(-1)?.seq ?? 0)), [sync]);
  const unseenCount = unseenAfter === null ? 0 : timeline.messages.filter((m) => m.seq > unseenAfter && m.author?.id !== viewer.id).length;

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

  const renderRow = (row: Row) => {
    if (row.kind === "day") return <DaySeparator key={row.key} label={row.label} />;
    if (row.kind === "pending") {
      return <PendingRow key={row.key} pending={row.pending} groupStart={row.groupStart} viewer={viewer} onRetry={(id) => sync.retry(id)} onDiscard={(id) => sync.discard(id)} />;
    }
    const author = row.message.author;
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
        onDelete={onDelete}
      />
    );
  };

  return (
    <ReaderClockProvider value={clock}>
      <div className="flex min-h-0 min-w-0 flex-1 flex-col bg-background">
        {kind === "thread" ? (
          <ThreadHeader title={title} others={others} statusOf={statusOf} viewerId={viewer.id} backHref={backHref} />
        ) : (
          <ChannelPresence
            members={listPresence ? presence.members : null}
            onlineCount={summary?.kind === "channel" ? summary.onlineCount : null}
            statusOf={statusOf}
            viewerId={viewer.id}
          />
        )}
        {(connection || status.error) && (
          <Banner tone="warning">{status.error ?? "Reconnecting… New messages will appear as soon as the connection is back."}</Banner>
        )}
        <MessageList
          rows={rows}
          renderRow={renderRow}
          loadingOlder={status.loadingOlder}
          hasOlder={timeline.hasOlder}
          onLoadOlder={() => void sync.loadOlder()}
          onRead={(seq) => sync.markRead(seq)}
          unseenCount={unseenCount}
          onPinnedChange={onPinnedChange}
          emptyTitle={kind === "thread" ? `This is the start of your conversation with ${title}` : `Welcome to ${title}`}
        />
        <p className="h-5 shrink-0 truncate px-4 text-xs text-muted" aria-live="polite">
          {typing.label}
        </p>
        {canPost ? (
          <Composer
            conversationId={conversationId}
            placeholder={`Message ${title}`}
            onSend={(body) => sync.send(body)}
            onTyping={(active) => (active ? typing.notifier.input() : typing.notifier.stop())}
          />
        ) : (
          <p className="border-t border-border bg-surface px-4 py-4 text-center text-sm text-muted">
            {readOnlyReason ?? (kind === "channel" ? "Join this server to post messages." : "You can't post in this conversation.")}
          </p>
        )}
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

/** True while the realtime connection is down after having been up. */
function useConnectionProblem(): boolean {
  const { state } = useRealtime();
  const [wasConnected, setWasConnected] = useState(false);
  if (state === "connected" && !wasConnected) setWasConnected(true);
  return wasConnected && (state === "connecting" || state === "unavailable" || state === "failed");
}
