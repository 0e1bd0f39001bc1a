"use client";

import { Dialog as Radix, preloadOverlays } from "@/components/ui/lazy-radix";
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";

// On phones the sidebar lives in a drawer opened from the header. Its left column is the server
// rail; its right column is what the current page puts there with <MobileNavPanel> (a server's
// channels), or by default the direct threads.

type MobileNav = { open: boolean; setOpen: (open: boolean) => void; setPanel: (panel: React.ReactNode | null) => void };

const MobileNavContext = createContext<MobileNav>({ open: false, setOpen: () => {}, setPanel: () => {} });

export function MobileNavProvider({ rail, defaultPanel, children }: { rail: React.ReactNode; defaultPanel: React.ReactNode; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [panel, setPanel] = useState<React.ReactNode | null>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname); // a link in the drawer was followed: close it
    setOpen(false);
  }

  return (
    <MobileNavContext value={{ open, setOpen, setPanel }}>
      {children}
      <Radix.Root open={open} onOpenChange={setOpen}>
        <Radix.Portal>
          <Radix.Overlay className="fixed inset-0 z-50 bg-black/40 md:hidden" />
          <Radix.Content
            aria-describedby={undefined}
            // Focus the drawer itself rather than its first link, which would pop up that link's tooltip.
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              (event.currentTarget as HTMLElement).focus();
            }}
            className="fixed inset-y-0 left-0 z-50 flex w-[min(22rem,calc(100vw-3rem))] border-r border-border bg-surface text-foreground shadow-xl md:hidden"
          >
            <Radix.Title className="sr-only">Navigation</Radix.Title>
            {rail}
            <div className="flex min-w-0 flex-1 flex-col">{panel ?? defaultPanel}</div>
            <Radix.Close className="absolute right-2 top-2 rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Close navigation">
              <X className="size-4" aria-hidden />
            </Radix.Close>
          </Radix.Content>
        </Radix.Portal>
      </Radix.Root>
    </MobileNavContext>
  );
}

/** The header's menu button on phones. */
export function MobileNavTrigger() {
  const { setOpen } = useContext(MobileNavContext);
  return (
    <button type="button" onClick={() => setOpen(true)} onPointerEnter={preloadOverlays} onTouchStart={preloadOverlays} onFocus={preloadOverlays} className="-ml-1 rounded-md p-2 text-muted hover:bg-surface-muted hover:text-foreground md:hidden" aria-label="Open navigation">
      <Menu className="size-5" aria-hidden />
    </button>
  );
}

/** Puts `children` in the phone drawer's panel while this is mounted (instead of the threads). */
export function MobileNavPanel({ children }: { children: React.ReactNode }) {
  const { setPanel } = useContext(MobileNavContext);
  useEffect(() => {
    setPanel(children);
    return () => setPanel(null);
  }, [children, setPanel]);
  return null;
}
