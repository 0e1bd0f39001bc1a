"use client";

import { Tooltip as Radix } from "@/components/ui/lazy-radix";

/** A short hint on hover and keyboard focus. The trigger keeps its own accessible name. */
export function Tooltip({ content, children, side = "top" }: { content: React.ReactNode; children: React.ReactNode; side?: "top" | "right" | "bottom" | "left" }) {
  return (
    <Radix.Root delayDuration={300}>
      <Radix.Trigger asChild>{children}</Radix.Trigger>
      <Radix.Portal>
        <Radix.Content side={side} sideOffset={6} className="z-50 max-w-64 rounded-md bg-foreground px-2 py-1 text-xs text-background shadow-md">
          {content}
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}
