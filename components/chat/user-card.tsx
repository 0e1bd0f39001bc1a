"use client";

import { MessageCircle } from "lucide-react";
import { Popover } from "@/components/ui/lazy-radix";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { PresenceAvatar } from "@/components/chat/presence-avatar";
import { useNow } from "@/components/chat/use-now";
import { Button } from "@/components/ui/button";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { lastSeenLabel } from "@/lib/messages/time-format";

export type CardUser = { id: string; username: string; fullName: string; image: string | null };

/**
 * A person's card, opened from their name or avatar: who they are, whether they are around, and
 * a button that opens the direct thread with them (reused if it exists).
 */
export function UserCard({
  user,
  viewerId,
  status,
  lastSeenAt,
  online = false,
  children,
}: {
  user: CardUser;
  viewerId: string;
  /** "Online", "Last seen 5 minutes ago"…: given, or said from `lastSeenAt`. */
  status?: string;
  lastSeenAt?: string | null;
  online?: boolean;
  /** The trigger: a button-like element. */
  children: React.ReactNode;
}) {
  const router = useRouter();
  const now = useNow();
  const [pending, startTransition] = useTransition();
  const statusText = status ?? (lastSeenAt !== undefined ? lastSeenLabel(online, lastSeenAt ? Date.parse(lastSeenAt) : null, now) : undefined);
  const message = () =>
    startTransition(async () => {
      const result = await startThreadAction({ userIds: [user.id] });
      if (result.ok) router.push(`/t/${result.data.id}`);
      else toast.error(result.error.message);
    });

  return (
    <Popover.Root>
      <Popover.Trigger asChild>{children}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="right"
          align="start"
          sideOffset={8}
          collisionPadding={12}
          className="z-50 w-64 rounded-xl border border-border bg-surface p-4 text-foreground shadow-lg"
        >
          <div className="flex items-center gap-3">
            <PresenceAvatar name={user.fullName} src={user.image} online={online} size="lg" />
            <div className="min-w-0">
              <p className="truncate font-semibold">{user.fullName}</p>
              <p className="truncate text-sm text-muted">@{user.username}</p>
              {statusText && <p className="mt-0.5 text-xs text-muted">{statusText}</p>}
            </div>
          </div>
          {user.id !== viewerId && (
            <Button className="mt-4 w-full" size="sm" pending={pending} onClick={message}>
              <MessageCircle className="size-4" aria-hidden /> Message
            </Button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
