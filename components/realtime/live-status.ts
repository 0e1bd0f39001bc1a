import type { ConnectionState } from "@/components/realtime/realtime-provider";

export type LiveStatus = "live" | "connecting" | "reconnecting" | "offline" | "recovered";

/**
 * Whether a conversation is live, from the connection's state, the browser's network state and
 * whether the conversation's own channel is subscribed (`subscribed`).
 */
export function liveStatus(state: ConnectionState, subscribed: boolean, online: boolean, everLive: boolean, patient: boolean): LiveStatus {
  if (!online || state === "unavailable" || state === "failed") return "offline";
  if (state === "connected" && subscribed) return "live";
  if (everLive) return "reconnecting";
  return patient ? "live" : "connecting"; // (within the first seconds: no need to say anything yet)
}
