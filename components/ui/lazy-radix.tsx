"use client";

import { Slot } from "radix-ui";
import { createContext, createElement, use, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type * as Parts from "@/components/ui/overlay-parts";

// Radix's dialogs, menus, popovers and tooltips are about 45 KB of gzipped JavaScript, and no page
// shows one before someone reaches for its trigger. So pages ship these stand-ins, with Radix's
// API: a trigger is the button Radix would render (same attributes, same element), content is
// nothing. The first hover, focus or touch of any trigger loads the real parts, which then take
// over everywhere; a click or key press that comes before they arrive opens the overlay when they
// do. Controlled overlays (`open` set from elsewhere) load them when asked to open.

type Overlays = typeof Parts;
type AnyComponent = React.ComponentType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let overlays: Overlays | null = null;
let loading: Promise<Overlays> | null = null;
const listeners = new Set<() => void>();

// Stand-ins give way to the real parts all at once, but never while a pointer is pressed: an
// element replaced between pointerdown and pointerup would swallow the click (a link would not
// navigate). The swap then waits until just after the click.
let pressed = false;
let swapWaiting = false;
if (typeof window !== "undefined") {
  window.addEventListener("pointerdown", () => (pressed = true), true);
  const release = () => {
    pressed = false;
    if (swapWaiting) setTimeout(swap);
  };
  window.addEventListener("pointerup", release, true);
  window.addEventListener("pointercancel", release, true);
}

function swap() {
  swapWaiting = pressed;
  if (!swapWaiting) listeners.forEach((listener) => listener());
}

export function loadOverlays(): Promise<Overlays> {
  loading ??= import("@/components/ui/overlay-parts").then(
    (parts) => {
      overlays = parts;
      document.documentElement.dataset.overlays = "loaded"; // for tests and debugging: the real parts are in
      swap();
      return parts;
    },
    (error) => {
      loading = null; // offline for a moment: the next hover tries again
      throw error;
    },
  );
  return loading;
}

/** Starts loading the real parts (for triggers of our own, such as the phone menu button). */
export const preloadOverlays = () => void loadOverlays().catch(() => {});
const preload = preloadOverlays;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The real parts once loaded and swapped in; during hydration always null, like on the server. */
function useOverlays(): Overlays | null {
  return useSyncExternalStore(subscribe, () => (swapWaiting ? null : overlays), () => null);
}

type RootState = {
  /** `key`: the key that asked, which the real trigger gets again (see lazyTrigger). */
  requestOpen: (key?: string) => void;
  /** Whether the stand-in trigger has focus, which the real one takes over. */
  setFocused: (focused: boolean) => void;
  takeFocus: () => boolean;
  takeKey: () => string | undefined;
};

type RootProps = { open?: boolean; defaultOpen?: boolean; onOpenChange?: (open: boolean) => void; children?: React.ReactNode };

function lazyRoot<C extends AnyComponent>(real: (o: Overlays) => C, RootContext: React.Context<RootState | null>): C {
  function Root(props: RootProps) {
    const parts = useOverlays();
    const [openRequested, setOpenRequested] = useState(false);
    const focused = useRef(false);
    const pendingKey = useRef<string | undefined>(undefined);
    const controlledOpen = props.open === true;
    useEffect(() => {
      if (controlledOpen) preload();
    }, [controlledOpen]);

    const requestOpen = (key?: string) => {
      preload();
      if (key) pendingKey.current = key;
      else if (props.open === undefined) setOpenRequested(true);
      else props.onOpenChange?.(true);
    };
    const setFocused = (value: boolean) => {
      focused.current = value;
    };
    const takeFocus = () => {
      const was = focused.current;
      focused.current = false;
      return was;
    };
    const takeKey = () => {
      const key = pendingKey.current;
      pendingKey.current = undefined;
      return key;
    };
    return (
      <RootContext value={{ requestOpen, setFocused, takeFocus, takeKey }}>
        {parts ? createElement(real(parts), { ...props, defaultOpen: props.defaultOpen ?? openRequested }) : props.children}
      </RootContext>
    );
  }
  return Root as unknown as C;
}

type Stub = {
  /** The attributes Radix's trigger has while closed. */
  attributes: Record<string, string>;
  /** What opens the overlay: a left-button press (menus), a click (dialogs, popovers), or nothing (tooltips). */
  opensOn: "pointerdown" | "click" | null;
};

type TriggerProps = React.ComponentProps<"button"> & { asChild?: boolean };

function lazyTrigger<C extends AnyComponent>(real: (o: Overlays) => C, RootContext: React.Context<RootState | null>, stub: Stub): C {
  function Trigger({ asChild, ref, ...props }: TriggerProps) {
    const parts = useOverlays();
    const root = use(RootContext);
    if (parts) {
      const attach = (element: HTMLButtonElement | null) => {
        if (element && root?.takeFocus()) element.focus(); // the stand-in had focus: keep it where the user put it
        // A menu opened from the keyboard focuses its first item, which Radix decides from the key
        // press it saw: give the real trigger the key, once its root listens (after this commit).
        const key = element && root?.takeKey();
        if (key) setTimeout(() => element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true })));
        setRef(ref, element);
      };
      // eslint-disable-next-line react-hooks/refs -- a callback ref, called by React after render
      return createElement(real(parts), { asChild, ...props, ref: attach });
    }

    const open = (event: React.SyntheticEvent, key?: string) => {
      event.preventDefault();
      root?.requestOpen(key);
    };
    const Element = asChild ? Slot.Root : "button";
    return (
      <Element
        // No `type` key at all under asChild: a Slot would hand type={undefined} to its child,
        // wiping the child trigger's own type="button" (real Radix passes none).
        {...(asChild ? {} : { type: "button" })}
        {...stub.attributes}
        {...props}
        ref={ref}
        onPointerEnter={chain(props.onPointerEnter, preload)}
        onTouchStart={chain(props.onTouchStart, preload)}
        onFocus={chain(props.onFocus, () => {
          root?.setFocused(true);
          preload();
        })}
        onBlur={chain(props.onBlur, () => root?.setFocused(false))}
        onPointerDown={chain(props.onPointerDown, (event: React.PointerEvent) => {
          if (stub.opensOn === "pointerdown" && event.button === 0 && !event.ctrlKey && !props.disabled) open(event);
        })}
        onClick={chain(props.onClick, (event: React.MouseEvent) => {
          if (stub.opensOn === "click" && !props.disabled) open(event);
        })}
        onKeyDown={chain(props.onKeyDown, (event: React.KeyboardEvent) => {
          const keys = stub.opensOn === "pointerdown" ? ["Enter", " ", "ArrowDown"] : [];
          if (keys.includes(event.key) && !props.disabled) open(event, event.key);
        })}
      />
    );
  }
  return Trigger as unknown as C;
}

/** A part that only exists inside an open overlay (content, items…): nothing until loaded. */
function lazyPart<C extends AnyComponent>(real: (o: Overlays) => C): C {
  function Part(props: object) {
    const parts = useOverlays();
    return parts && createElement(real(parts), props);
  }
  return Part as unknown as C;
}

function chain<E>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void) {
  return (event: E) => {
    theirs?.(event);
    if (!(event as { defaultPrevented?: boolean }).defaultPrevented) ours(event);
  };
}

function setRef<T>(ref: React.Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

/** A root and its trigger, sharing what the trigger tells the root (overlays nest: a dialog's trigger in a tooltip's). */
function lazyPair<R extends AnyComponent, T extends AnyComponent>(root: (o: Overlays) => R, trigger: (o: Overlays) => T, stub: Stub) {
  const context = createContext<RootState | null>(null);
  return { Root: lazyRoot(root, context), Trigger: lazyTrigger(trigger, context, stub) };
}

const closed = { "data-state": "closed" };

export const Dialog = {
  ...lazyPair((o) => o.Dialog.Root, (o) => o.Dialog.Trigger, { attributes: { ...closed, "aria-haspopup": "dialog", "aria-expanded": "false" }, opensOn: "click" }),
  Portal: lazyPart((o) => o.Dialog.Portal),
  Overlay: lazyPart((o) => o.Dialog.Overlay),
  Content: lazyPart((o) => o.Dialog.Content),
  Title: lazyPart((o) => o.Dialog.Title),
  Description: lazyPart((o) => o.Dialog.Description),
  Close: lazyPart((o) => o.Dialog.Close),
};

export const DropdownMenu = {
  ...lazyPair((o) => o.DropdownMenu.Root, (o) => o.DropdownMenu.Trigger, { attributes: { ...closed, "aria-haspopup": "menu", "aria-expanded": "false" }, opensOn: "pointerdown" }),
  Portal: lazyPart((o) => o.DropdownMenu.Portal),
  Content: lazyPart((o) => o.DropdownMenu.Content),
  Item: lazyPart((o) => o.DropdownMenu.Item),
  Separator: lazyPart((o) => o.DropdownMenu.Separator),
  Label: lazyPart((o) => o.DropdownMenu.Label),
};

export const Popover = {
  ...lazyPair((o) => o.Popover.Root, (o) => o.Popover.Trigger, { attributes: { ...closed, "aria-haspopup": "dialog", "aria-expanded": "false" }, opensOn: "click" }),
  Portal: lazyPart((o) => o.Popover.Portal),
  Content: lazyPart((o) => o.Popover.Content),
  Close: lazyPart((o) => o.Popover.Close),
};

export const Tooltip = {
  ...lazyPair((o) => o.TooltipRoot, (o) => o.Tooltip.Trigger, { attributes: closed, opensOn: null }),
  Portal: lazyPart((o) => o.Tooltip.Portal),
  Content: lazyPart((o) => o.Tooltip.Content),
};
