"use client";

import { usePersonPresence } from "@/components/realtime/use-person-presence";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

/**
 * An avatar with an online / offline dot (announced to screen readers through the label): the
 * live answer for `userId` (see usePersonPresence), unless `online` says it (e.g. "here now").
 */
export function PresenceAvatar({
  name,
  src,
  userId,
  online: given,
  size = "sm",
  className,
}: {
  name: string;
  src: string | null;
  userId?: string;
  online?: boolean;
  size?: "xs" | "sm" | "md" | "lg";
  className?: string;
}) {
  const presenceOf = usePersonPresence();
  const online = given ?? (userId ? presenceOf(userId).online : false);
  return (
    <span className={cn("relative inline-flex shrink-0", className)}>
      <Avatar name={name} src={src} size={size} />
      <span
        role="img"
        aria-label={online ? `${name} is online` : `${name} is offline`}
        data-presence={online ? "online" : "offline"}
        className={cn(
          "absolute -bottom-0.5 -right-0.5 rounded-full ring-2 ring-surface",
          size === "lg" ? "size-4" : "size-2.5",
          online ? "bg-success" : "border-2 border-muted bg-surface",
        )}
      />
    </span>
  );
}
