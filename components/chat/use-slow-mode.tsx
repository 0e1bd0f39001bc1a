"use client";

import { Timer } from "lucide-react";
import { useEffect, useState } from "react";

/**
 * Slow mode above the composer: the interval, and after one of the viewer's sends the seconds
 * until the next is accepted (sent earlier, a message waits its turn as "Sending").
 */
export function useSlowMode(seconds: number) {
  const [readyAt, setReadyAt] = useState(0);
  const [now, setNow] = useState(0);
  const left = Math.max(0, Math.ceil((readyAt - now) / 1000));
  useEffect(() => {
    if (readyAt === 0) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    const stop = setTimeout(() => clearInterval(timer), readyAt - Date.now() + 1000);
    return () => {
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [readyAt]);
  return {
    sent: () => seconds > 0 && setReadyAt(Date.now() + seconds * 1000),
    notice: seconds > 0 && (
      <p className="flex items-center gap-1.5 px-4 pb-1 text-xs text-muted" role="status" aria-live="polite" data-slow-mode-left={left}>
        <Timer className="size-3.5" aria-hidden />
        {left > 0 ? `Slow mode: you can send again in ${left} s` : `Slow mode: one message every ${intervalText(seconds)}`}
      </p>
    ),
  };
}

function intervalText(seconds: number) {
  if (seconds < 60) return `${seconds} seconds`;
  if (seconds < 3600) return seconds === 60 ? "minute" : `${seconds / 60} minutes`;
  return "hour";
}
