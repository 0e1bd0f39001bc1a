"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { joinServerAction } from "@/lib/actions/members/join";
import { verifyFirst } from "@/lib/access/verified";

/** Shown to non-members reading a public server: read-only until they join (one click). */
export function JoinBanner({ serverId, serverName, verified }: { serverId: string; serverName: string; verified: boolean }) {
  return (
    <Banner
      tone="info"
      action={verified ? <JoinButton serverId={serverId} serverName={serverName} /> : undefined}
      className="border-b border-border"
    >
      {verified ? (
        <>You are reading <strong>{serverName}</strong>. Join to post and see it in your sidebar.</>
      ) : (
        <>You are reading <strong>{serverName}</strong>. {verifyFirst("join and post")}</>
      )}
    </Banner>
  );
}

export function JoinButton({ serverId, serverName, size = "sm", onJoined }: { serverId: string; serverName: string; size?: "sm" | "md"; onJoined?: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size={size}
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          if (!toastOutcome(await joinServerAction({ serverId }), `Welcome to ${serverName}!`)) return;
          if (onJoined) onJoined();
          else router.refresh();
        })
      }
    >
      Join server
    </Button>
  );
}
