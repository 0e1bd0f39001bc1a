"use client";

import { useRealtime } from "@/components/realtime/realtime-provider";

/** A hidden field with this tab's realtime connection id, so that a broadcast the form causes can skip it. */
export function SocketIdInput() {
  const { client, state } = useRealtime();
  return <input type="hidden" name="socketId" value={state === "connected" ? (client?.connection.socket_id ?? "") : ""} />;
}
