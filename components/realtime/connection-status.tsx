"use client";

import { CircleAlert, LoaderCircle, Wifi } from "lucide-react";
import { useEffect, useState, useSyncExternalStore } from "react";
import { liveStatus, type LiveStatus } from "@/components/realtime/live-status";
import { useRealtime } from "@/components/realtime/realtime-provider";
import { cn } from "@/lib/utils";

/** How long a first connection may take before saying so (a normal one takes well under this). */
const CONNECTING_GRACE_MS = 3_000;
const RECOVERED_SHOWN_MS = 2_500;

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
};

/**
 * A strip above the messages whenever the conversation is not live: connecting, reconnecting
 * (new messages appear once back; what was missed is fetched then) or offline, with a button to
 * retry at once. pusher-js reconnects on its own; the strip says "Back online" briefly after.
 */
export function ConnectionStatus({ subscribed }: { subscribed: boolean }) {
  const { client, state } = useRealtime();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [everLive, setEverLive] = useState(false);
  const [patient, setPatient] = useState(true);
  const [recovered, setRecovered] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setPatient(false), CONNECTING_GRACE_MS);
    return () => clearTimeout(timer);
  }, []);

  const status = liveStatus(state, subscribed, online, everLive, patient);
  const [previous, setPrevious] = useState(status);
  if (status !== previous) {
    setPrevious(status);
    if (status === "live" && everLive && previous !== "connecting") setRecovered(true);
    if (status === "live") setEverLive(true);
    else setRecovered(false);
  }
  useEffect(() => {
    if (!recovered) return;
    const timer = setTimeout(() => setRecovered(false), RECOVERED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [recovered]);

  // Back on the network: try at once rather than at pusher-js's next scheduled attempt.
  useEffect(() => {
    const reconnect = () => client?.connect();
    window.addEventListener("online", reconnect);
    return () => window.removeEventListener("online", reconnect);
  }, [client]);

  const shown: LiveStatus = status === "live" && recovered ? "recovered" : status;
  return (
    <div role="status" aria-live="polite" data-live-status={shown} className="shrink-0">
      {shown !== "live" && (
        <div
          className={cn(
            "flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm",
            shown === "offline" ? "bg-danger-soft text-danger" : shown === "recovered" ? "bg-accent-soft text-foreground" : "bg-warning-soft text-warning-foreground",
          )}
        >
          {shown === "offline" ? (
            <CircleAlert className="size-4 shrink-0" aria-hidden />
          ) : shown === "recovered" ? (
            <Wifi className="size-4 shrink-0" aria-hidden />
          ) : (
            <LoaderCircle className="size-4 shrink-0 animate-spin motion-reduce:animate-none" aria-hidden />
          )}
          <p className="min-w-0 flex-[1_1_16rem]">{messages[shown]}</p>
          {shown === "offline" && (
            <button
              type="button"
              onClick={() => (client ? client.connect() : window.location.reload())}
              className="rounded-md px-2 py-1 text-sm font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-current"
            >
              Retry now
            </button>
          )}
        </div>
      )}
    </div>
  );
}

const messages: Record<Exclude<LiveStatus, "live">, string> = {
  connecting: "Connecting… Messages from others will appear live once connected.",
  reconnecting: "Reconnecting… New messages will appear as soon as the connection is back.",
  offline: "You're offline. Retrying automatically; what you missed will load when you're back.",
  recovered: "Back online. You're up to date.",
};
