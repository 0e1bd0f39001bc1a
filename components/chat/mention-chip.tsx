"use client";

import { useEffect, useRef, useState } from "react";
import { MENTION_CLASSES } from "@/components/chat/message-body";
import { UserCard } from "@/components/chat/user-card";
import type { MentionedPerson } from "@/lib/messages/payload";
const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 200;

/**
 * An @mention of someone in the conversation: their card opens when a mouse rests on it (and stays
 * open while the pointer is over the card), or on a click, a tap or Enter.
 */
export function MentionChip({ person, viewerId, label }: { person: MentionedPerson; viewerId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const setSoon = (next: boolean, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(next), delay);
  };
  const hover = {
    onPointerEnter: (event: React.PointerEvent) => event.pointerType === "mouse" && setSoon(true, OPEN_DELAY_MS),
    onPointerLeave: (event: React.PointerEvent) => event.pointerType === "mouse" && setSoon(false, CLOSE_DELAY_MS),
  };
  return (
    <UserCard
      user={person}
      viewerId={viewerId}
      open={open}
      onOpenChange={(next) => {
        clearTimeout(timer.current);
        setOpen(next);
      }}
      contentHover={hover}
    >
      <button type="button" data-mention={person.username.toLowerCase()} className={MENTION_CLASSES} {...hover}>
        {label}
      </button>
    </UserCard>
  );
}
