"use client";

import { CheckCheck } from "lucide-react";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useAnyUnread } from "@/components/unread/unread-provider";
import { markAllReadAction } from "@/lib/actions/unread/mark-all-read";

/** "Mark all as read": every channel of the user's servers and every direct thread. Shown while anything is unread. */
export function MarkAllReadButton() {
  const [pending, start] = useTransition();
  if (!useAnyUnread()) return null;
  const markAll = () =>
    start(async () => {
      const result = await markAllReadAction({});
      if (!result.ok) toast.error(result.error.message);
    });
  return (
    <Button variant="secondary" size="sm" pending={pending} onClick={markAll}>
      <CheckCheck className="size-4" aria-hidden /> Mark all as read
    </Button>
  );
}
