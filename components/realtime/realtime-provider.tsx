"use client";

import type Pusher from "pusher-js";
import type { Channel } from "pusher-js";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { eventSchema, presenceUserSchema } from "@/lib/realtime/catalogue";
import type { RealtimeClientConfig } from "@/lib/realtime/config";

export type ConnectionState = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected";

/** The catalogue's payload schemas, which arrive with the client. */
export type Schemas = { eventSchema: typeof eventSchema; presenceUserSchema: typeof presenceUserSchema };

type Realtime = {
  client: Pusher | null;
  schemas: Schemas | null;
  state: ConnectionState;
  /** Subscribes (or shares an existing subscription); call the returned function to let go. */
  acquire: (name: string) => { channel: Channel; release: () => void } | null;
};

const RealtimeContext = createContext<Realtime>({ client: null, schemas: null, state: "initialized", acquire: () => null });

/**
 * One pusher-js connection for the whole tab. Configuration comes from the server at request
 * time, so one build works against hosted Pusher and a local Soketi alike. pusher-js and the
 * payload schemas (about 35 KB gzipped) load after the page is interactive rather than before it:
 * the page shows what the server rendered meanwhile, and subscribers catch up from the database
 * once subscribed anyway.
 */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: React.ReactNode }) {
  const [live, setLive] = useState<{ client: Pusher; schemas: Schemas } | null>(null);
  const client = live?.client ?? null;
  const [state, setState] = useState<ConnectionState>("initialized");
  const { key, cluster, wsHost, wsPort, forceTLS } = config;

  useEffect(() => {
    let pusher: Pusher | null = null;
    let unmounted = false;
    const onState = ({ current }: { current: ConnectionState }) => setState(current);
    import("@/lib/realtime/browser-client").then(
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
        setLive({ client: pusher, schemas: { eventSchema, presenceUserSchema } });
      },
      () => !unmounted && setState("failed"), // the script didn't load (offline): say so, as a failed connection would
    );
    return () => {
      unmounted = true;
      pusher?.connection.unbind("state_change", onState);
      pusher?.disconnect();
      setLive(null);
    };
  }, [key, cluster, wsHost, wsPort, forceTLS]);

  const value = useMemo<Realtime>(() => {
    const holders = new Map<string, number>();
    return {
      client,
      schemas: live?.schemas ?? null,
      state,
      acquire(name) {
        if (!client) return null;
        const channel = client.channel(name) ?? client.subscribe(name);
        holders.set(name, (holders.get(name) ?? 0) + 1);
        let released = false;
        return {
          channel,
          release() {
            if (released) return;
            released = true;
            const left = (holders.get(name) ?? 1) - 1;
            holders.set(name, left);
            if (left === 0) {
              holders.delete(name);
              client.unsubscribe(name);
            }
          },
        };
      },
    };
    // The holder count must survive connection-state changes: key it on the client only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live]);

  const withState = useMemo(() => ({ ...value, state }), [value, state]);
  return <RealtimeContext value={withState}>{children}</RealtimeContext>;
}

export function useRealtime(): Realtime {
  return useContext(RealtimeContext);
}
