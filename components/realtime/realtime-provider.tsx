"use client";

import type Pusher from "pusher-js";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { eventSchema, presenceUserSchema } from "@/lib/realtime/catalogue";
import type { RealtimeClientConfig } from "@/lib/realtime/config";
import { PresenceRegistry } from "@/components/realtime/presence-registry";
import { SubscriptionPool, type Held } from "@/components/realtime/subscription-pool";

export type ConnectionState = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected";

/** The catalogue's payload schemas, which arrive with the client. */
export type Schemas = { eventSchema: typeof eventSchema; presenceUserSchema: typeof presenceUserSchema };

type Realtime = {
  client: Pusher | null;
  schemas: Schemas | null;
  state: ConnectionState;
  /** Subscribes (or shares an existing subscription); call `release` to let go. */
  acquire: (name: string) => Held | null;
  /** Who is online, as the tab's presence channels show it. */
  presence: PresenceRegistry;
};

const RealtimeContext = createContext<Realtime>({ client: null, schemas: null, state: "initialized", acquire: () => null, presence: new PresenceRegistry() });

/**
 * One pusher-js connection for the whole tab. Configuration comes from the server at request
 * time, so one build works against hosted Pusher and a local Soketi alike. pusher-js and the
 * payload schemas (about 35 KB gzipped) load after the page is interactive rather than before it:
 * the page shows what the server rendered meanwhile, and subscribers catch up from the database
 * once subscribed anyway.
 */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: React.ReactNode }) {
  const [live, setLive] = useState<{ client: Pusher; schemas: Schemas; pool: SubscriptionPool } | null>(null);
  const [state, setState] = useState<ConnectionState>("initialized");
  const [presence] = useState(() => new PresenceRegistry());
  const { key, cluster, wsHost, wsPort, forceTLS } = config;

  useEffect(() => {
    let pusher: Pusher | null = null;
    let pool: SubscriptionPool | null = null;
    let unmounted = false;
    const onState = ({ current }: { current: ConnectionState }) => setState(current);
    import("@/components/realtime/browser-client").then(
      ({ Pusher: PusherClient, eventSchema, presenceUserSchema }) => {
        if (unmounted) return;
        pusher = new PusherClient(key, {
          cluster,
          forceTLS,
          ...(wsHost ? { wsHost, wsPort, wssPort: wsPort, enabledTransports: ["ws", "wss"] as ("ws" | "wss")[] } : {}),
          disableStats: true,
          channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
        });
        pusher.connection.bind("state_change", onState);
        pool = new SubscriptionPool(pusher);
        setLive({ client: pusher, schemas: { eventSchema, presenceUserSchema }, pool });
      },
      () => !unmounted && setState("failed"), // the script didn't load (offline): say so, as a failed connection would
    );
    return () => {
      unmounted = true;
      pusher?.connection.unbind("state_change", onState);
      pool?.dispose();
      pusher?.disconnect();
      setLive(null);
    };
  }, [key, cluster, wsHost, wsPort, forceTLS]);

  // Stable per client: subscribers re-run their effects when it changes, not on every state change.
  const acquire = useCallback((name: string) => live?.pool.acquire(name) ?? null, [live]);
  const value = useMemo<Realtime>(
    () => ({ client: live?.client ?? null, schemas: live?.schemas ?? null, state, acquire, presence }),
    [live, state, acquire, presence],
  );
  return <RealtimeContext value={value}>{children}</RealtimeContext>;
}

export function useRealtime(): Realtime {
  return useContext(RealtimeContext);
}
