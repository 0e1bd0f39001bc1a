import { cn } from "@/lib/utils";

/** A data table in a card that scrolls sideways on narrow screens. */
export function Table({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={cn("overflow-x-auto rounded-xl border border-border bg-surface", className)}>
      <table aria-label={label} className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2.5 [&_th]:px-3 [&_th]:py-2.5 [&_tbody_tr]:border-t [&_tbody_tr]:border-border">
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: React.ReactNode }) {
  return <thead className="bg-surface-muted text-xs font-medium uppercase tracking-wide text-muted [&_th]:whitespace-nowrap [&_th]:font-medium">{children}</thead>;
}
