"use client";

import { useCallback, useEffect, useState } from "react";
import { OPEN_PINS_EVENT } from "@/components/chat/open-pins";
import type { PinsPanelProps } from "@/components/chat/pins-panel";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

/** The list itself: its code comes on first use (or the button's hover), not with the page. */
export const PinsPanel = lazyComponent(() => import("@/components/chat/pins-panel").then((m) => m.PinsPanel));

/** A conversation's Pinned panel, opened by its header's button (openPins). */
export function PinsDialog({ conversationId, pinsVersion, canPin, onJump, onUnpin }: PinsPanelProps) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const loaded = useLoaded(PinsPanel, open, close);

  useEffect(() => {
    const onOpen = (event: Event) => {
      if ((event as CustomEvent<string>).detail === conversationId) setOpen(true);
    };
    window.addEventListener(OPEN_PINS_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_PINS_EVENT, onOpen);
  }, [conversationId]);

  return (
    <Dialog open={open && loaded} onOpenChange={setOpen}>
      <DialogContent title="Pinned messages" className="top-[8dvh] max-h-[84dvh] max-w-lg translate-y-0 p-4 sm:p-5">
        <PinsPanel
          conversationId={conversationId}
          pinsVersion={pinsVersion}
          canPin={canPin}
          onJump={(seq) => {
            close();
            onJump(seq);
          }}
          onUnpin={onUnpin}
        />
      </DialogContent>
    </Dialog>
  );
}
