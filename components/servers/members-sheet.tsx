"use client";

import { Dialog as Radix } from "@/components/ui/lazy-radix";
import { Users, X } from "lucide-react";

/** The member list as a panel from the right, for screens too narrow to show it beside the chat. */
export function MembersSheet({ count, children }: { count: number; children: React.ReactNode }) {
  return (
    <Radix.Root>
      <Radix.Trigger className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm text-muted hover:bg-surface-muted hover:text-foreground xl:hidden" aria-label={`Members (${count})`}>
        <Users className="size-4" aria-hidden />
        <span className="tabular-nums">{count.toLocaleString("en")}</span>
      </Radix.Trigger>
      <Radix.Portal>
        <Radix.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Radix.Content aria-describedby={undefined} className="fixed inset-y-0 right-0 z-50 flex w-[min(20rem,calc(100vw-3rem))] flex-col border-l border-border bg-surface text-foreground shadow-xl">
          <div className="flex h-12 shrink-0 items-center justify-between border-b border-border px-4">
            <Radix.Title className="text-sm font-semibold">Members</Radix.Title>
            <Radix.Close className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Close members">
              <X className="size-4" aria-hidden />
            </Radix.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto p-2">{children}</div>
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}
