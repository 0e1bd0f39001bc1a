"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Button } from "@/components/ui/button";
import { acceptInviteAction } from "@/lib/actions/invites/accept";

export function AcceptInviteButton({ code }: { code: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      className="w-full"
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await acceptInviteAction({ code });
          if (toastOutcome(result, (server) => `Welcome to ${server.name}!`)) router.push(`/s/${result.data.slug}`);
          else router.refresh();
        })
      }
    >
      Accept invite
    </Button>
  );
}
