"use client";

import { Dialog as Radix } from "@/components/ui/lazy-radix";
import { X } from "lucide-react";
import { cn } from "@/lib/utils";

export const Dialog = Radix.Root;
export const DialogTrigger = Radix.Trigger;
export const DialogClose = Radix.Close;

/** A modal with a title (required for screen readers), an optional description, and a close button. */
export function DialogContent({
  title,
  description,
  className,
  children,
}: {
  title: string;
  description?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <Radix.Portal>
      <Radix.Overlay className="fixed inset-0 z-50 bg-black/40 backdrop-blur-[1px] data-[state=open]:animate-in" />
      <Radix.Content
        className={cn(
          "fixed left-1/2 top-1/2 z-50 max-h-[90dvh] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto",
          "rounded-2xl border border-border bg-surface p-6 text-foreground shadow-xl",
          className,
        )}
      >
        <Radix.Title className="pr-8 text-lg font-semibold">{title}</Radix.Title>
        {description ? (
          <Radix.Description className="mt-1 text-sm text-muted">{description}</Radix.Description>
        ) : (
          <Radix.Description className="sr-only">{title}</Radix.Description>
        )}
        <div className="mt-5">{children}</div>
        <Radix.Close className="absolute right-4 top-4 rounded-md p-1 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Close">
          <X className="size-4" aria-hidden />
        </Radix.Close>
      </Radix.Content>
    </Radix.Portal>
  );
}
