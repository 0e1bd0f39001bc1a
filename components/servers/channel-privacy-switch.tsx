"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { setChannelPrivacyAction } from "@/lib/actions/channels/set-privacy";

/** A channel's "Private" checkbox in server settings: only chosen members and the staff see it. */
export function ChannelPrivacySwitch({ channel }: { channel: { id: string; name: string; private: boolean } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1.5 text-xs text-muted" title="Only the members you choose, and the owner and moderators, see a private channel">
      <input
        type="checkbox"
        className="size-4"
        checked={channel.private}
        disabled={pending}
        aria-label={`#${channel.name} is private`}
        onChange={(event) => {
          const next = event.target.checked;
          startTransition(async () => {
            const result = await setChannelPrivacyAction({ channelId: channel.id, private: next });
            if (toastOutcome(result, next ? `#${channel.name} is private: add its members` : `Everyone in the server sees #${channel.name} now`)) router.refresh();
          });
        }}
      />
      <span aria-hidden>Private</span>
    </label>
  );
}
