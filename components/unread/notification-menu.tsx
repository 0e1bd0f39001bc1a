"use client";

import { Bell, BellOff, BellRing, Check } from "lucide-react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import { LEVEL_CHOICES, levelLabel, MUTE_CHOICES, mutedUntilLabel } from "@/components/unread/notify-choices";
import { useNotificationSetting } from "@/components/unread/unread-provider";
import { setNotificationsAction } from "@/lib/actions/unread/set-notifications";
import type { NotifyLevel } from "@/lib/zod/notifications";

/**
 * A conversation header's bell: how much this channel or thread notifies (a channel: its
 * server's setting by default, or all messages, mentions only, nothing of its own) and a mute for
 * a while. Saved for the account; every open tab's badges follow at once.
 */
export function NotificationMenu({ conversationId, serverId = null, label }: { conversationId: string; serverId?: string | null; label: string }) {
  const { own, effective, serverLevel, record } = useNotificationSetting(conversationId, serverId);
  const ownLevel = own?.level ?? null;
  const ownMute = own?.mutedUntil ?? null; // null once ended

  const save = async (level: NotifyLevel | null, mutedUntil: string | null) => {
    const result = await setNotificationsAction({ conversationId, level, mutedUntil });
    if (!result.ok) return void toast.error(result.error.message);
    record(result.data);
  };

  const { level, muted } = effective;
  const Icon = level === "NOTHING" || muted ? BellOff : level === "MENTIONS" ? BellRing : Bell;
  const source = serverLevel !== null && ownLevel === null ? " (server default)" : "";
  const state = muted ? "muted" : `${levelLabel(level).toLowerCase()}${source}`;
  // A thread has no server: "all messages" is its default, checked when it has no level of its own.
  const checked = (choice: NotifyLevel | null) => (serverLevel === null ? choice === level : choice === ownLevel);
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
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel>Notify me about</DropdownMenuLabel>
        {serverLevel !== null && (
          <DropdownMenuItem onSelect={() => void save(null, ownMute)}>
            <Check className={checked(null) ? "size-4" : "size-4 opacity-0"} aria-hidden />
            <span className="flex flex-col">
              <span>Use server default ({levelLabel(serverLevel)})</span>
              <span className="text-xs text-muted">Follows your setting for the server</span>
            </span>
          </DropdownMenuItem>
        )}
        {LEVEL_CHOICES.map((choice) => (
          <DropdownMenuItem key={choice.level} onSelect={() => void save(choice.level, ownMute)}>
            <Check className={checked(choice.level) ? "size-4" : "size-4 opacity-0"} aria-hidden />
            <span className="flex flex-col">
              <span>{choice.label}</span>
              <span className="text-xs text-muted">{choice.hint}</span>
            </span>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        {ownMute ? (
          <DropdownMenuItem onSelect={() => void save(ownLevel, null)}>
            <Bell className="size-4" aria-hidden /> Unmute{mutedUntilLabel(ownMute)}
          </DropdownMenuItem>
        ) : (
          <>
            {muted && <p className="px-2 py-1 text-xs text-muted">The whole server is muted.</p>}
            <DropdownMenuLabel>Mute</DropdownMenuLabel>
            {MUTE_CHOICES.map((mute) => (
              <DropdownMenuItem key={mute.id} onSelect={() => void save(ownLevel, mute.until())}>
                <BellOff className="size-4" aria-hidden /> {mute.label}
              </DropdownMenuItem>
            ))}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
