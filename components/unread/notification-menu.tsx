"use client";

import { Bell, BellOff, BellRing, Check } from "lucide-react";
import { addDays, addHours, set } from "date-fns";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import { useNotificationSetting } from "@/components/unread/unread-provider";
import { setNotificationsAction } from "@/lib/actions/unread/set-notifications";
import type { NotifySetting } from "@/lib/unread/client/state";
import { MUTED_FOREVER, type NotifyLevel } from "@/lib/zod/notifications";

const levels: { level: NotifyLevel; label: string; hint: string }[] = [
  { level: "ALL", label: "All messages", hint: "A dot for anything new" },
  { level: "MENTIONS", label: "Mentions only", hint: "Only when someone mentions you" },
  { level: "NOTHING", label: "Nothing", hint: "No dot, no count" },
];

/** "Tomorrow": 8:00 the next morning, in the reader's own time zone. */
const mutes: { label: string; until: () => string }[] = [
  { label: "For 1 hour", until: () => addHours(new Date(), 1).toISOString() },
  { label: "For 8 hours", until: () => addHours(new Date(), 8).toISOString() },
  { label: "Until tomorrow", until: () => set(addDays(new Date(), 1), { hours: 8, minutes: 0, seconds: 0, milliseconds: 0 }).toISOString() },
  { label: "Until I turn it back on", until: () => MUTED_FOREVER },
];

/**
 * A conversation header's bell: what counts for this channel's or thread's unread badge (all
 * messages, mentions only, nothing) and a mute for a while. Saved for the account; every open
 * tab's badges follow at once.
 */
export function NotificationMenu({ conversationId, label }: { conversationId: string; label: string }) {
  const { setting, muted, record } = useNotificationSetting(conversationId);
  const level = setting?.level ?? "ALL";

  const save = async (next: NotifySetting) => {
    const result = await setNotificationsAction({ conversationId, ...next });
    if (!result.ok) return void toast.error(result.error.message);
    record(result.data);
  };

  const Icon = level === "NOTHING" || muted ? BellOff : level === "MENTIONS" ? BellRing : Bell;
  const state = muted ? "muted" : level === "ALL" ? "all messages" : level === "MENTIONS" ? "mentions only" : "nothing";
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground data-[state=open]:bg-surface-muted"
        aria-label={`Notifications for ${label}: ${state}`}
        title="Notifications"
        data-notify-level={level}
        data-muted={muted || undefined}
      >
        <Icon className="size-4" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel>Notify me about</DropdownMenuLabel>
        {levels.map((choice) => (
          <DropdownMenuItem key={choice.level} onSelect={() => void save({ level: choice.level, mutedUntil: setting?.mutedUntil ?? null })}>
            <Check className={choice.level === level ? "size-4" : "size-4 opacity-0"} aria-hidden />
            <span className="flex flex-col">
              <span>{choice.label}</span>
              <span className="text-xs text-muted">{choice.hint}</span>
            </span>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        {muted ? (
          <DropdownMenuItem onSelect={() => void save({ level, mutedUntil: null })}>
            <Bell className="size-4" aria-hidden /> Unmute{mutedLabel(setting?.mutedUntil)}
          </DropdownMenuItem>
        ) : (
          <>
            <DropdownMenuLabel>Mute</DropdownMenuLabel>
            {mutes.map((mute) => (
              <DropdownMenuItem key={mute.label} onSelect={() => void save({ level, mutedUntil: mute.until() })}>
                <BellOff className="size-4" aria-hidden /> {mute.label}
              </DropdownMenuItem>
            ))}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function mutedLabel(until: string | null | undefined): string {
  if (!until || until === MUTED_FOREVER) return "";
  return ` (muted until ${new Date(until).toLocaleString([], { weekday: "short", hour: "numeric", minute: "2-digit" })})`;
}
