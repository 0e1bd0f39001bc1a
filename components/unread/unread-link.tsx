"use client";

import Link from "next/link";
import { UnreadBadge } from "@/components/unread/unread-badge";
import { useConversationUnread } from "@/components/unread/unread-provider";
import { cn } from "@/lib/utils";

/**
 * A link to a conversation that follows its unread state live: `data-unread` on the link (style
 * server-rendered children with `group-data-unread:`) and the badge at its end.
 */
export function ConversationUnreadLink({
  conversationId,
  href,
  className,
  children,
}: {
  conversationId: string;
  href: string;
  className?: string;
  children: React.ReactNode;
}) {
  const badge = useConversationUnread(conversationId);
  return (
    <Link href={href} className={cn("group", className)} data-unread={badge.unread || undefined}>
      {children}
      <UnreadBadge badge={badge} />
    </Link>
  );
}
