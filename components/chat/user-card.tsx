"use client";

import { Ban, MessageCircle } from "lucide-react";
import { Popover } from "@/components/ui/lazy-radix";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { PresenceAvatar } from "@/components/chat/presence-avatar";
import { useNow } from "@/components/chat/use-now";
import { Button } from "@/components/ui/button";
import { blockUserAction } from "@/lib/actions/blocks/block-user";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { lastSeenLabel } from "@/lib/time/format";
import { usePersonPresence } from "@/components/realtime/use-person-presence";

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
  online: given,
  open,
  onOpenChange,
  contentHover,
  children,
}: {
  user: CardUser;
  viewerId: string;
  /** "Online", "Last seen 5 minutes ago"…: given, or said from live presence and `lastSeenAt`. */
  status?: string;
  lastSeenAt?: string | null;
  /** Given with `status`; otherwise live presence says it. */
  online?: boolean;
  /** Opened from elsewhere too (a mention chip opens on hover): controlled when given. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A card opened by hovering its trigger stays open while the pointer is over it. */
  contentHover?: Pick<React.HTMLAttributes<HTMLDivElement>, "onPointerEnter" | "onPointerLeave">;
  /** The trigger: a button-like element. */
  children: React.ReactNode;
}) {
  const router = useRouter();
  const now = useNow();
  const [pending, startTransition] = useTransition();
  const [blocking, startBlocking] = useTransition();
  const live = usePersonPresence()(user.id, lastSeenAt);
  const online = given ?? live.online;
  const statusText = status ?? (lastSeenAt !== undefined ? lastSeenLabel(online, live.lastSeen, now) : undefined);
  const message = () =>
    startTransition(async () => {
      const result = await startThreadAction({ userIds: [user.id] });
      if (result.ok) router.push(`/t/${result.data.id}`);
      else toast.error(result.error.message);
    });

  const block = () =>
    startBlocking(async () => {
      const result = await blockUserAction({ userId: user.id });
      if (result.ok) toast.success(`${user.fullName} is blocked. Unblock them in Settings.`);
      else toast.error(result.error.message);
    });

  return (
    <Popover.Root {...(open === undefined ? {} : { open, onOpenChange })}>
      <Popover.Trigger asChild>{children}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="right"
          align="start"
          sideOffset={8}
          collisionPadding={12}
          className="z-50 w-64 rounded-xl border border-border bg-surface p-4 text-foreground shadow-lg"
          data-user-card={user.username}
          {...contentHover}
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
            <div className="mt-4 flex gap-2">
              <Button className="flex-1" size="sm" pending={pending} onClick={message}>
                <MessageCircle className="size-4" aria-hidden /> Message
              </Button>
              <Button variant="secondary" size="sm" pending={blocking} onClick={block} aria-label={`Block ${user.fullName}`}>
                <Ban className="size-4" aria-hidden /> Block
              </Button>
            </div>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
