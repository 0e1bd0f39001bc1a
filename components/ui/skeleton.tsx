import { cn } from "@/lib/utils";

/** A placeholder block with the size of what is loading, so nothing jumps when it arrives. */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-surface-muted", className)} {...props} />;
}
