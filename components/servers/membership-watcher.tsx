"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { useChannel } from "@/components/realtime/use-channel";

/**
 * Keeps a server's pages in step with what the user may see there, in every open tab: they leave
 * the server as soon as they are removed or banned, and re-read its channel list when a channel
 * becomes private or open, or they are added to or taken out of a private one (an open page of a
 * channel they lost then answers 404).
 */
export function MembershipWatcher({ userId, serverId, serverName }: { userId: string; serverId: string; serverName: string }) {
  const router = useRouter();
  useChannel("user", userId, {
    "membership.ended"(payload) {
      if (payload.serverId !== serverId) return;
      toast.error(payload.reason === "banned" ? `You were banned from ${serverName}.` : `You were removed from ${serverName}.`);
      router.replace("/home");
      router.refresh();
    },
    "channel.access"(payload) {
      if (payload.serverId !== serverId) return;
      if (!payload.canRead) toast.error(`You were taken out of a private channel of ${serverName}.`);
      router.refresh();
    },
  });
  useChannel("server", serverId, { "channels.changed": () => router.refresh() });
  return null;
}
