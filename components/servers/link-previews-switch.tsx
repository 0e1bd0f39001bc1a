"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { setLinkPreviewsAction } from "@/lib/actions/servers/set-link-previews";

/** The owner's switch for link previews in the server's channels. */
export function LinkPreviewsSwitch({ serverId, enabled }: { serverId: string; enabled: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-start gap-3 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4"
        checked={enabled}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.checked;
          startTransition(async () => {
            const result = await setLinkPreviewsAction({ serverId, enabled: next });
            if (toastOutcome(result, next ? "Link previews are on" : "Link previews are off")) router.refresh();
          });
        }}
      />
      <span>
        <span className="font-medium">Show link previews</span>
        <span className="block text-muted">The first link of a new message gets a card with the page&apos;s title, description and image, fetched by Chatsphere (never by readers&apos; browsers). Turning this off leaves cards already shown.</span>
      </span>
    </label>
  );
}
