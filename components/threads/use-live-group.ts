"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useChannel } from "@/components/realtime/use-channel";
import type { ThreadState } from "@/lib/realtime/catalogue";

/**
 * A group thread as it is now: its title, people and settings, live from `thread.changed` (the
 * page's server parts, the sidebar's title among them, are refreshed too). Null for a one-to-one thread.
 */
export function useLiveGroup(conversationId: string, initial: ThreadState | undefined): ThreadState | null {
  const router = useRouter();
  const [group, setGroup] = useState(initial ?? null);
  useChannel("conversation", initial ? conversationId : null, {
    "thread.changed"(state) {
      if (state.conversationId !== conversationId) return;
      setGroup(state);
      router.refresh();
    },
  });
  return group;
}
