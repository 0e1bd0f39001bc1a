"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useChannel } from "@/lib/realtime/use-channel";

const REFRESH_DELAY_MS = 1_000;

/**
 * Keeps a thread list current: a new message in one of the user's threads re-renders the page's
 * server parts (list order, unread markers), at most about once a second. Pass null to stop.
 */
export function useRefreshOnThreadActivity(userId: string | null) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useChannel("user", userId, {
    "conversation.activity": () => {
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = undefined;
        router.refresh();
      }, REFRESH_DELAY_MS);
    },
  });
}
