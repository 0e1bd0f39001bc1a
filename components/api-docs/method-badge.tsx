import { cn } from "@/lib/utils";

const tones: Record<string, string> = {
  get: "bg-success/15 text-success",
  post: "bg-accent-soft text-accent",
  patch: "bg-warning-soft text-warning-foreground",
  put: "bg-warning-soft text-warning-foreground",
  delete: "bg-danger-soft text-danger",
};

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span className={cn("inline-flex w-14 shrink-0 justify-center rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase", tones[method], className)}>
      {method}
    </span>
  );
}
