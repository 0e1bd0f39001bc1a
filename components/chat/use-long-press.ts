"use client";

import { useRef } from "react";

const HOLD_MS = 450;
const SLOP_PX = 10;

/**
 * A touch held still on an element for about half a second (the phone's "long-press"), not
 * starting on a link, button or field inside it. Mouse and pen are left alone: they have hover and
 * right-click. The browser's own long-press menu is suppressed while it applies.
 */
export function useLongPress(onLongPress: (() => void) | undefined) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const fired = useRef(false);
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    start.current = null;
  };
  if (!onLongPress) return {};
  return {
    onPointerDown: (event: React.PointerEvent) => {
      fired.current = false;
      if (event.pointerType !== "touch" || (event.target as Element).closest("a, button, textarea, input, [role=menuitem]")) return;
      start.current = { x: event.clientX, y: event.clientY };
      timer.current = setTimeout(() => {
        timer.current = null;
        fired.current = true;
        onLongPress();
      }, HOLD_MS);
    },
    onPointerMove: (event: React.PointerEvent) => {
      if (start.current && Math.hypot(event.clientX - start.current.x, event.clientY - start.current.y) > SLOP_PX) cancel();
    },
    onPointerUp: cancel,
    onPointerCancel: cancel,
    onContextMenu: (event: React.MouseEvent) => {
      if (fired.current || timer.current) event.preventDefault();
    },
  };
}
