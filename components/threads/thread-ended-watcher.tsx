"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { useChannel } from "@/components/realtime/use-channel";

/** Leaves a group thread's page as soon as the user is removed from it or leaves it (in every open tab). */
export function ThreadEndedWatcher({ userId, threadId }: { userId: string; threadId: string }) {
  const router = useRouter();
  useChannel("user", userId, {
    "thread.ended"(payload) {
      if (payload.threadId !== threadId) return;
      if (payload.reason === "removed") toast.error("You were removed from this group.");
      router.replace("/t");
      router.refresh();
    },
  });
  return null;
}
