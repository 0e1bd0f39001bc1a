"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Bell, CheckCheck, ChevronDown, LogOut, Settings, UserPlus } from "lucide-react";
import { InviteDialog } from "@/components/servers/invite-dialog";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import { ServerNotificationsDialog } from "@/components/unread/server-notifications-dialog";
import { useServerUnread } from "@/components/unread/unread-provider";
import { leaveServerAction } from "@/lib/actions/members/leave";
import { markServerReadAction } from "@/lib/actions/unread/mark-server-read";

type Props = {
  server: { id: string; slug: string; name: string };
  role: "OWNER" | "MODERATOR" | "MEMBER" | null;
  canModerate: boolean;
};

/** The server name as a menu: mark as read and notification settings (members), invite people and settings (staff), leave (members but the owner). */
export function ServerMenu({ server, role, canModerate }: Props) {
  const [inviteOpen, setInviteOpen] = useState(false);
  const [notificationsOpen, setNotificationsOpen] = useState(false);
  const router = useRouter();
  const canLeave = role === "MODERATOR" || role === "MEMBER";
  const unread = useServerUnread(server.id).unread;

  async function leave() {
    if (!toastOutcome(await leaveServerAction({ serverId: server.id }), `You left ${server.name}`)) return false;
    router.push("/home");
  }

  if (!canModerate && !canLeave) return <h1 className="min-w-0 flex-1 truncate text-sm font-semibold">{server.name}</h1>;
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger className="flex min-w-0 flex-1 items-center gap-1 rounded-md px-1 py-1 text-left text-sm font-semibold hover:bg-surface-muted">
          <h1 className="min-w-0 truncate">{server.name}</h1>
          <ChevronDown className="size-4 shrink-0 text-muted" aria-hidden />
          <span className="sr-only">server menu</span>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-56">
          {role && (
            <>
              <DropdownMenuItem disabled={!unread} onSelect={() => void markRead(server.id)}>
                <CheckCheck className="size-4" aria-hidden /> Mark as read
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => setNotificationsOpen(true)}>
                <Bell className="size-4" aria-hidden /> Notification settings
              </DropdownMenuItem>
              <DropdownMenuSeparator />
            </>
          )}
          {canModerate && (
            <>
              <DropdownMenuItem onSelect={() => setInviteOpen(true)}>
                <UserPlus className="size-4" aria-hidden /> Invite people
              </DropdownMenuItem>
              <DropdownMenuItem asChild>
                <Link href={`/s/${server.slug}/settings`}>
                  <Settings className="size-4" aria-hidden /> Server settings
                </Link>
              </DropdownMenuItem>
            </>
          )}
          {canModerate && canLeave && <DropdownMenuSeparator />}
          {canLeave && (
            <ConfirmDialog
              trigger={
                <DropdownMenuItem destructive onSelect={(event) => event.preventDefault()}>
                  <LogOut className="size-4" aria-hidden /> Leave server
                </DropdownMenuItem>
              }
              title={`Leave ${server.name}?`}
              description="You can join again later (a private server needs a new invite)."
              confirmLabel="Leave"
              onConfirm={leave}
            />
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {canModerate && <InviteDialog serverId={server.id} serverName={server.name} open={inviteOpen} onOpenChange={setInviteOpen} />}
      {role && <ServerNotificationsDialog serverId={server.id} serverName={server.name} open={notificationsOpen} onOpenChange={setNotificationsOpen} />}
    </>
  );
}

async function markRead(serverId: string) {
  const result = await markServerReadAction({ serverId });
  if (!result.ok) toast.error(result.error.message);
}
