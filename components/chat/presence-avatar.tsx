import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

/** An avatar with an online / offline dot (announced to screen readers through the label). */
export function PresenceAvatar({
  name,
  src,
  online,
  size = "sm",
  className,
}: {
  name: string;
  src: string | null;
  online: boolean;
  size?: "xs" | "sm" | "md" | "lg";
  className?: string;
}) {
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
