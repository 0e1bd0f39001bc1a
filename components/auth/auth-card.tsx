import type { LucideIcon } from "lucide-react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";

const iconTones = {
  accent: "bg-accent-soft text-accent",
  success: "bg-success/15 text-success",
  danger: "bg-danger-soft text-danger",
} as const;

/** The card every signed-out page shows (sign-in, sign-up, verification, password reset). */
export function AuthCard({
  title,
  description,
  icon: Icon,
  tone = "accent",
  children,
  footer,
}: {
  title: string;
  description?: React.ReactNode;
  icon?: LucideIcon;
  tone?: keyof typeof iconTones;
  children?: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <Card className="p-6">
      {Icon && (
        <span className={cn("mb-4 inline-flex size-10 items-center justify-center rounded-full", iconTones[tone])}>
          <Icon className="size-5" aria-hidden />
        </span>
      )}
      <h1 className="text-xl font-semibold">{title}</h1>
      {description && <div className="mt-1 text-sm text-muted">{description}</div>}
      {children && <div className="mt-6">{children}</div>}
      {footer && <div className="mt-6 text-center text-sm text-muted">{footer}</div>}
    </Card>
  );
}

/** A text link in the accent colour, as used in auth cards' footers. */
export const authLinkClasses = "font-medium text-accent hover:underline";
