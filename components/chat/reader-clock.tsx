"use client";

import { createContext, useContext, useEffect, useSyncExternalStore } from "react";
import { CLOCK_COOKIE, clockCookieValue, type Clock } from "@/lib/time/clock";

const ReaderClock = createContext<Clock>({});

export const ReaderClockProvider = ReaderClock.Provider;

/** The clock message times are shown in (see useReaderClockFrom). */
export function useReaderClock(): Clock {
  return useContext(ReaderClock);
}

let browserClock: Required<Clock> | undefined;
function ownClock(): Required<Clock> {
  if (!browserClock) {
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    browserClock = { locale, timeZone };
  }
  return browserClock;
}

const noSubscription = () => () => {};

/**
 * The server's idea of the reader's clock while hydrating (so the first render matches the HTML),
 * the browser's own after that (the same, unless the cookie was missing or stale). The browser
 * remembers its clock in a cookie for the next page rendered on the server.
 */
export function useReaderClockFrom(fromServer: Clock): Clock {
  const own = useSyncExternalStore(noSubscription, ownClock, () => null);
  useEffect(() => {
    const value = clockCookieValue(ownClock());
    if (!document.cookie.split("; ").includes(`${CLOCK_COOKIE}=${value}`)) {
      const secure = location.protocol === "https:" ? "; secure" : "";
      document.cookie = `${CLOCK_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax${secure}`;
    }
  }, []);
  if (!own || (own.locale === fromServer.locale && own.timeZone === fromServer.timeZone)) return fromServer;
  return own;
}
