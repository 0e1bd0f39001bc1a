"use client";

import { BellRing } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { subscribePushAction } from "@/lib/actions/notifications/subscribe-push";
import { unsubscribePushAction } from "@/lib/actions/notifications/unsubscribe-push";

type State = "checking" | "unsupported" | "not-configured" | "blocked" | "off" | "on";

/** The browser's current push subscription, with the service worker (/sw.js) registered. */
async function currentSubscription() {
  const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  await navigator.serviceWorker.ready;
  return { registration, subscription: await registration.pushManager.getSubscription() };
}

const asJson = (subscription: PushSubscription) => subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * Settings → Notifications → this device: turns Web Push on or off for the browser it runs in. A
 * subscription the browser still has is sent again on every visit (the server may have dropped it,
 * or another account subscribed this browser since).
 */
export function PushSettings({ publicKey }: { publicKey: string | null }) {
  const [state, setState] = useState<State>("checking");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      if (!publicKey) return setState("not-configured");
      if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return setState("unsupported");
      try {
        const { subscription } = await currentSubscription();
        if (subscription && Notification.permission === "granted") await subscribePushAction(asJson(subscription));
        if (live) setState(Notification.permission === "denied" ? "blocked" : subscription ? "on" : "off");
      } catch {
        if (live) setState("unsupported");
      }
    })();
    return () => {
      live = false;
    };
  }, [publicKey]);

  async function turnOn() {
    setBusy(true);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") return setState(permission === "denied" ? "blocked" : "off");
      const { registration } = await currentSubscription();
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey! });
      const result = await subscribePushAction(asJson(subscription));
      if (!result.ok) {
        await subscription.unsubscribe();
        return toast.error(result.error.message);
      }
      setState("on");
      toast.success("Notifications are on for this device.");
    } catch {
      toast.error("This browser couldn't subscribe to notifications. Try again, or check its notification settings.");
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    try {
      const { subscription } = await currentSubscription();
      if (subscription) {
        await unsubscribePushAction({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setState("off");
    } finally {
      setBusy(false);
    }
  }

  const explanation: Record<State, string> = {
    checking: "Checking this browser…",
    unsupported: "This browser can't receive push notifications (on iPhone and iPad, add Chatsphere to the Home Screen first).",
    "not-configured": "Push notifications aren't set up on this server.",
    blocked: "Notifications are blocked for this site in your browser's settings. Allow them there, then come back.",
    off: "Get a notification for mentions, replies and direct messages while no Chatsphere tab is open.",
    on: "This device gets a notification for mentions, replies and direct messages while no Chatsphere tab is open.",
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <BellRing className="size-4 shrink-0 text-muted" aria-hidden />
      <p className="min-w-0 flex-1 text-sm" role="status">
        {explanation[state]}
      </p>
      {state === "off" && (
        <Button size="sm" onClick={turnOn} disabled={busy} aria-label="Turn on push notifications">
          Turn on
        </Button>
      )}
      {state === "on" && (
        <Button size="sm" variant="secondary" onClick={turnOff} disabled={busy} aria-label="Turn off push notifications">
          Turn off
        </Button>
      )}
    </div>
  );
}
