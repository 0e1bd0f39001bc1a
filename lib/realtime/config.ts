import "server-only";
import { env } from "@/lib/env";

/** What pusher-js in the browser needs. Read at request time and handed to the client as props. */
export type RealtimeClientConfig = {
  key: string;
  cluster: string;
  wsHost?: string;
  wsPort?: number;
  forceTLS: boolean;
};

export function realtimeClientConfig(): RealtimeClientConfig {
  const e = env();
  const wsHost = e.NEXT_PUBLIC_PUSHER_HOST ?? e.PUSHER_HOST;
  return {
    key: e.NEXT_PUBLIC_PUSHER_KEY ?? e.PUSHER_KEY,
    cluster: e.NEXT_PUBLIC_PUSHER_CLUSTER ?? e.PUSHER_CLUSTER,
    ...(wsHost ? { wsHost, wsPort: e.NEXT_PUBLIC_PUSHER_PORT ?? e.PUSHER_PORT } : {}),
    forceTLS: e.NEXT_PUBLIC_PUSHER_USE_TLS ?? e.PUSHER_USE_TLS,
  };
}
