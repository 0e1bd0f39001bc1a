"use client";

import { createContext, useContext, useEffect, useRef, useState } from "react";
import { useChannel } from "@/components/realtime/use-channel";

const BlockedContext = createContext<ReadonlySet<string>>(new Set());

/**
 * Whom the signed-in user blocked, for the whole tab: their messages collapse, their typing and
 * presence hide. Live from any tab (block.changed); a re-rendered layout brings the list afresh.
 */
export function BlockedPeopleProvider({ userId, initial, children }: { userId: string; initial: string[]; children: React.ReactNode }) {
  const [blocked, setBlocked] = useState<ReadonlySet<string>>(() => new Set(initial));
  const seen = useRef(initial);
  useEffect(() => {
    if (seen.current === initial) return;
    seen.current = initial;
    setBlocked(new Set(initial));
  }, [initial]);

  useChannel("user", userId, {
    "block.changed": ({ userId: other, blocked: isBlocked }) =>
      setBlocked((current) => {
        if (current.has(other) === isBlocked) return current;
        const next = new Set(current);
        if (isBlocked) next.add(other);
        else next.delete(other);
        return next;
      }),
  });

  return <BlockedContext.Provider value={blocked}>{children}</BlockedContext.Provider>;
}

/** The ids of the people the viewer blocked (empty when signed out). */
export function useBlockedPeople(): ReadonlySet<string> {
  return useContext(BlockedContext);
}
