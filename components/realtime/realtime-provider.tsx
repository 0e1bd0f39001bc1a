"use client";

import Pusher, { type Channel } from "pusher-js";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { RealtimeClientConfig } from "@/lib/realtime/config";

export type ConnectionState = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected";

type Realtime = {
  client: Pusher | null;
  state: ConnectionState;
  /** Subscribes (or shares an existing subscription); call the returned function to let go. */
  acquire: (name: string) => { channel: Channel; release: () => void } | null;
};

const RealtimeContext = createContext<Realtime>({ client: null, state: "initialized", acquire: () => null });

/**
 * One pusher-js connection for the whole tab. Configuration comes from the server at request
 * time, so one build works against hosted Pusher and a local Soketi alike.
 */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: React.ReactNode }) {
  const [client, setClient] = useState<Pusher | null>(null);
  const [state, setState] = useState<ConnectionState>("initialized");
  const { key, cluster, wsHost, wsPort, forceTLS } = config;

  useEffect(() => {
    const pusher = new Pusher(key, {
      cluster,
      forceTLS,
      ...(wsHost ? { wsHost, wsPort, wssPort: wsPort, enabledTransports: ["ws", "wss"] as ("ws" | "wss")[] } : {}),
      disableStats: true,
      channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
    });
    const onState = ({ current }: { current: ConnectionState }) => setState(current);
    pusher.connection.bind("state_change", onState);
    setClient(pusher); // eslint-disable-line react-hooks/set-state-in-effect -- the client is created after mount
    return () => {
      pusher.connection.unbind("state_change", onState);
      pusher.disconnect();
      setClient(null);
    };
  }, [key, cluster, wsHost, wsPort, forceTLS]);

  const value = useMemo<Realtime>(() => {
    const holders = new Map<string, number>();
    return {
      client,
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
  }, [client]);

  const withState = useMemo(() => ({ ...value, state }), [value, state]);
  return <RealtimeContext value={withState}>{children}</RealtimeContext>;
}

export function useRealtime(): Realtime {
  return useContext(RealtimeContext);
}
