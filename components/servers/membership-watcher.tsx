"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { useChannel } from "@/components/realtime/use-channel";

/** Leaves a server's pages as soon as the user is removed or banned from it (in every open tab). */
export function MembershipWatcher({ userId, serverId, serverName }: { userId: string; serverId: string; serverName: string }) {
  const router = useRouter();
  useChannel("user", userId, {
    "membership.ended"(payload) {
      if (payload.serverId !== serverId) return;
      toast.error(payload.reason === "banned" ? `You were banned from ${serverName}.` : `You were removed from ${serverName}.`);
      router.replace("/home");
      router.refresh();
    },
  });
  return null;
}
