import { ThreadList } from "@/components/threads/thread-list";
import { requireUser } from "@/lib/auth/session";
import { listThreads } from "@/lib/threads/queries";

export default async function ThreadsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const threads = (await listThreads(user.id)).map((t) => ({
    id: t.id,
    title: t.title,
    others: t.others.map(({ id, fullName, image }) => ({ id, fullName, image })),
    preview: t.lastMessage ? `${t.lastMessage.authorName ? `${t.lastMessage.authorName}: ` : ""}${t.lastMessage.deleted ? "Message deleted" : t.lastMessage.body.slice(0, 120)}` : null,
    unread: t.unread,
    activityAt: t.activityAt.toISOString(),
  }));
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <ThreadList threads={threads} viewerId={user.id} />
      {children}
    </div>
  );
}
