"use client";

import { useChannel } from "@/components/realtime/use-channel";

/**
 * Leaves the app in every open tab as soon as the server ends this user's sessions (suspension,
 * deletion…): a full reload asks the server again, which sends the browser to sign-in.
 */
export function SessionWatcher({ userId }: { userId: string }) {
  useChannel("user", userId, {
    "session.ended"() {
      window.location.assign(window.location.pathname + window.location.search);
    },
  });
  return null;
}
