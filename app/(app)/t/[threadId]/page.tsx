import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConversationView } from "@/components/chat/conversation-view";
import { newestPageFor } from "@/lib/messages/queries";
import { readerClock } from "@/lib/time/reader-clock";
import { jumpTarget } from "@/lib/zod/messages";
import { loadThread } from "./load-thread";
import { verifyFirst } from "@/lib/access/verified";
import { ThreadEndedWatcher } from "@/components/threads/thread-ended-watcher";
import { MessageRequestBar } from "@/components/requests/message-request-bar";

export async function generateMetadata({ params }: PageProps<"/t/[threadId]">): Promise<Metadata> {
  const { thread } = await loadThread((await params).threadId);
  return { title: thread.displayTitle };
}

export default async function ThreadPage({ params, searchParams }: PageProps<"/t/[threadId]">) {
  const { user, thread } = await loadThread((await params).threadId);
  const at = jumpTarget((await searchParams).at);
  const [conversation, clock] = await Promise.all([newestPageFor(user, thread.conversationId, at), readerClock()]);
  if (!conversation) notFound();
  const { access, newestPage } = conversation;
  const group = thread.direct
    ? undefined
    : {
        threadId: thread.id,
        conversationId: thread.conversationId,
        title: thread.title,
        createdById: thread.createdById,
        anyoneManages: thread.anyoneManages,
        history: thread.history,
        participants: thread.participants.map((p) => ({ ...p, lastSeenAt: p.lastSeenAt?.toISOString() ?? null })),
      };
  // Who a request came from: the other person, or whoever started the group.
  const sender = thread.direct ? thread.others[0] : thread.others.find((p) => p.id === thread.createdById);
  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col">
      {group && <ThreadEndedWatcher userId={user.id} threadId={thread.id} />}
      <ConversationView
        conversationId={thread.conversationId}
        kind="thread"
        title={thread.displayTitle}
        viewer={{ id: user.id, username: user.username, fullName: user.fullName, image: user.image }}
        canPost={access.canPost}
        canModerate={access.canModerate}
        canPin={access.canPin}
        readOnlyReason={user.emailVerifiedAt ? undefined : verifyFirst("send messages")}
        backHref={thread.request ? "/t/requests" : "/t"}
        newestPage={newestPage}
        focusSeq={at}
        clock={clock}
        group={group}
        messageRequest={thread.request ? <MessageRequestBar threadId={thread.id} sender={sender ? { id: sender.id, fullName: sender.fullName } : null} /> : undefined}
      />
    </main>
  );
}
