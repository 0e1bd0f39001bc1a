import { MessagesSquare } from "lucide-react";

export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold tracking-tight">
      <span className="inline-flex size-8 items-center justify-center rounded-lg bg-accent text-accent-foreground">
        <MessagesSquare className="size-4.5" aria-hidden />
      </span>
      {!compact && <span className="text-lg">Chatsphere</span>}
    </span>
  );
}
