"use client";

import { useEffect } from "react";
import { heartbeatAction } from "@/lib/actions/messages/heartbeat";
import { HEARTBEAT_INTERVAL_MS } from "@/lib/messages/presence";

/** Keeps the viewer's "last seen" current while the app is open in a visible tab. */
export function Heartbeat() {
  useEffect(() => {
    const beat = () => {
      if (document.visibilityState === "visible") void heartbeatAction({}).catch(() => {});
    };
    beat();
    const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
    document.addEventListener("visibilitychange", beat);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", beat);
    };
  }, []);
  return null;
}
