import { CircleAlert, Info } from "lucide-react";
import { cn } from "@/lib/utils";

const tones = {
  info: { classes: "bg-accent-soft text-foreground", icon: Info },
  warning: { classes: "bg-warning-soft text-warning-foreground", icon: CircleAlert },
  danger: { classes: "bg-danger-soft text-danger", icon: CircleAlert },
} as const;

/** A full-width notice (e.g. "verify your email"), with an optional action on the right. */
export function Banner({ tone = "info", children, action, className }: { tone?: keyof typeof tones; children: React.ReactNode; action?: React.ReactNode; className?: string }) {
  const { classes, icon: Icon } = tones[tone];
  return (
    <div role="status" className={cn("flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm", classes, className)}>
      <Icon className="size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-[1_1_16rem]">{children}</div>
      {action}
    </div>
  );
}
