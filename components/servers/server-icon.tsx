import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

/** A server's icon (or its initials on a colour of its own), squarer than a person's avatar. */
export function ServerIcon({ name, icon, className }: { name: string; icon: string | null; className?: string }) {
  return <Avatar name={name} src={icon} className={cn("size-10 rounded-2xl", className)} />;
}
