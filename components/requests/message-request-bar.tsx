"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { BlockPersonDialog } from "@/components/blocks/block-person-dialog";
import { toast } from "@/components/ui/toast";
import { acceptRequestAction } from "@/lib/actions/requests/accept-request";
import { ignoreRequestAction } from "@/lib/actions/requests/ignore-request";

/**
 * In place of the composer in a message request: Accept (an ordinary thread from now on), Ignore
 * (gone from the requests; the sender isn't told) or Block the sender (the existing block, after
 * asking; it ignores the request too).
 */
export function MessageRequestBar({ threadId, sender }: { threadId: string; sender: { id: string; fullName: string } | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmingBlock, setConfirmingBlock] = useState(false);

  const accept = () =>
    startTransition(async () => {
      const result = await acceptRequestAction({ threadId });
      if (!result.ok) toast.error(result.error.message);
      else router.refresh();
    });
  const ignore = () =>
    startTransition(async () => {
      const result = await ignoreRequestAction({ threadId });
      if (!result.ok) return void toast.error(result.error.message);
      toast.success("Request ignored.");
      router.push("/t/requests");
    });
  // Blocking ignores their one-to-one requests; a group's request is ignored here.
  const afterBlock = async () => {
    const result = await ignoreRequestAction({ threadId });
    if (!result.ok) toast.error(result.error.message);
    router.push("/t/requests");
  };

  return (
    <div className="border-t border-border bg-surface px-4 py-3" role="region" aria-label="Message request">
      <p className="text-sm">
        <span className="font-medium">{sender ? `${sender.fullName} wants to message you.` : "This is a message request."}</span>{" "}
        <span className="text-muted">They won&apos;t know you&apos;ve seen it unless you accept.</span>
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" pending={pending} onClick={accept}>
          Accept
        </Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={ignore}>
          Ignore
        </Button>
        {sender && (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => setConfirmingBlock(true)} aria-label={`Block ${sender.fullName}`}>
            Block
          </Button>
        )}
      </div>
      {sender && <BlockPersonDialog person={sender} open={confirmingBlock} onOpenChange={setConfirmingBlock} onBlocked={afterBlock} />}
    </div>
  );
}
