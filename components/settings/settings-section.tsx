import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";

/** One block of the settings page: a heading (linkable by #id), what it is for, and its controls. */
export function SettingsSection({
  id,
  title,
  description,
  danger = false,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  danger?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Card id={id} aria-labelledby={`${id}-title`} className={cn("scroll-mt-6 p-5 sm:p-6", danger && "border-danger/40")} role="region">
      <h2 id={`${id}-title`} className={cn("text-base font-semibold", danger && "text-danger")}>
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-muted">{description}</div>}
      <div className="mt-5">{children}</div>
    </Card>
  );
}
