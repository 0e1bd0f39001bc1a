"use client";

import { useCallback, useSyncExternalStore } from "react";
import { useBlockedPeople } from "@/components/blocks/blocked-people-provider";
import type { PersonPresence } from "@/components/realtime/presence-registry";
import { useRealtime } from "@/components/realtime/realtime-provider";

/**
 * The one meaning of "online" for every dot and status line: in a presence channel the tab has
 * joined, live. `lastSeenAt` (the heartbeat's, from the server) only dates "Last seen…". People
 * the viewer blocked show neither.
 */
export function usePersonPresence(): (userId: string, lastSeenAt?: string | Date | null) => PersonPresence {
  const { presence } = useRealtime();
  const blocked = useBlockedPeople();
  const version = useSyncExternalStore(presence.subscribe, presence.getVersion, () => 0);
  return useCallback(
    (userId, lastSeenAt) => (blocked.has(userId) ? { online: false, lastSeen: null } : presence.status(userId, lastSeenAt)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is what makes a new answer
    [presence, version, blocked],
  );
}
