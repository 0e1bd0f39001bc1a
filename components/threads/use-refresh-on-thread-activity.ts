"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useChannel } from "@/components/realtime/use-channel";

const REFRESH_DELAY_MS = 1_000;

/**
 * Keeps a thread list current: a new message in one of the user's threads (or joining or leaving one,
 * or a change in their message requests) re-renders the page's server parts (list order, unread
 * markers, the requests' count), at most about once a second. Pass null to stop.
 */
export function useRefreshOnThreadActivity(userId: string | null) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refreshSoon = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      router.refresh();
    }, REFRESH_DELAY_MS);
  };
  // A new message, being added to a group, or leaving one (or being removed); a request came or went.
  // A private channel's activity (it names its server) is no thread's.
  useChannel("user", userId, { "conversation.activity": ({ serverId }) => !serverId && refreshSoon(), "thread.ended": refreshSoon, "requests.changed": refreshSoon });
}
