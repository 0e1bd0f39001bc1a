import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EyeOff, Trash2, type LucideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { locateMessage, type MessageLocation } from "@/lib/messages/locate";
import { id } from "@/lib/zod/fields";

export const metadata: Metadata = { title: "Message" };

/** A message link: opens the conversation at the message, or says why it can't. */
export default async function MessageLinkPage({ params }: PageProps<"/m/[messageId]">) {
  const user = await requireUser();
  const messageId = id.safeParse((await params).messageId);
  const location = messageId.success ? await locateMessage(user, messageId.data).catch(notFoundAsNull) : null;
  if (location && !location.deleted) redirect(location.path);

  return location ? (
    <Unavailable icon={Trash2} title="Message deleted" description="This message was deleted. The conversation it was in is still there." href={location.path} action="Open the conversation" />
  ) : (
    <Unavailable
      icon={EyeOff}
      title="You can't see this message"
      description="It may be in a private server or a conversation you're not part of, or the link may be mistyped."
      href="/home"
      action="Back to Chatsphere"
    />
  );
}

function Unavailable({ icon: Icon, title, description, href, action }: { icon: LucideIcon; title: string; description: string; href: string; action: string }) {
  return (
    <main className="flex min-h-0 flex-1 flex-col items-center justify-center gap-3 overflow-y-auto p-4 text-center">
      <Icon className="size-8 text-muted" aria-hidden />
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="max-w-sm text-sm text-muted">{description}</p>
      <Button asChild variant="secondary" className="mt-2">
        <Link href={href}>{action}</Link>
      </Button>
    </main>
  );
}

function notFoundAsNull(error: unknown): MessageLocation | null {
  if (error instanceof AppError && error.code === "not_found") return null;
  throw error;
}
