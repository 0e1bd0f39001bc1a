"use client";

import { Users } from "lucide-react";
import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

const ChannelMembersPanel = lazyComponent(() => import("@/components/servers/channel-members-panel").then((m) => m.ChannelMembersPanel));

/** A private channel's "Members" (server settings): who may read it; the panel's code loads on first use. */
export function ChannelMembersButton({ channel }: { channel: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const loaded = useLoaded(ChannelMembersPanel, open, close);
  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        onClick={() => setOpen(true)}
        onPointerEnter={ChannelMembersPanel.preload}
        onFocus={ChannelMembersPanel.preload}
        aria-label={`Members of ${channel.name}`}
        title="Who may read this private channel"
      >
        <Users className="size-4" aria-hidden />
      </Button>
      <Dialog open={open && loaded} onOpenChange={setOpen}>
        <DialogContent title={`Members of #${channel.name}`}>
          <ChannelMembersPanel channel={channel} />
        </DialogContent>
      </Dialog>
    </>
  );
}
