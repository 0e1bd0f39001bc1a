import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ConversationView } from "@/components/chat/conversation-view";
import { requireUser } from "@/lib/auth/session";
import { newestPageFor } from "@/lib/messages/queries";
import { readerClock } from "@/lib/messages/reader-clock";
import { threadForViewer } from "@/lib/threads/queries";
import { id } from "@/lib/zod/fields";

const loadThread = cache(async (threadId: string) => {
  const user = await requireUser();
  const parsed = id.safeParse(threadId);
  const thread = parsed.success ? await threadForViewer(user.id, parsed.data) : null;
  if (!thread) notFound();
  return { user, thread };
});

export async function generateMetadata({ params }: PageProps<"/t/[threadId]">): Promise<Metadata> {
  const { thread } = await loadThread((await params).threadId);
  return { title: thread.displayTitle };
}

export default async function ThreadPage({ params }: PageProps<"/t/[threadId]">) {
  const { user, thread } = await loadThread((await params).threadId);
  const [conversation, clock] = await Promise.all([newestPageFor(user, thread.conversationId), readerClock()]);
  if (!conversation) notFound();
  const { access, newestPage } = conversation;
  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col">
      <ConversationView
        conversationId={thread.conversationId}
        kind="thread"
        title={thread.displayTitle}
        viewer={{ id: user.id, username: user.username, fullName: user.fullName, image: user.image }}
        canPost={access.canPost}
        canModerate={access.canModerate}
        readOnlyReason={user.emailVerifiedAt ? undefined : "Verify your email address to send messages."}
        backHref="/t"
        newestPage={newestPage}
        clock={clock}
      />
    </main>
  );
}
