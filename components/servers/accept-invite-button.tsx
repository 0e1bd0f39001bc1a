"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
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
          if (!result.ok) {
            toast.error(result.error.message);
            router.refresh();
            return;
          }
          toast.success(`Welcome to ${result.data.name}!`);
          router.push(`/s/${result.data.slug}`);
        })
      }
    >
      Accept invite
    </Button>
  );
}
