"use client";

import { ArrowLeft, Users } from "lucide-react";
import Link from "next/link";
import { Popover } from "@/components/ui/lazy-radix";
import { PinsButton } from "@/components/chat/pins-button";
import { PresenceAvatar } from "@/components/chat/presence-avatar";
import type { PersonStatus } from "@/components/chat/message-row";
import { UserCard } from "@/components/chat/user-card";
import { SearchHereButton } from "@/components/search/search-here-button";
import { NotificationMenu } from "@/components/unread/notification-menu";
import { Avatar } from "@/components/ui/avatar";
import type { ParticipantView } from "@/lib/messages/page";
import type { PresenceUser } from "@/lib/realtime/catalogue";

/** A direct thread's header: who it is with, and whether they are around. */
export function ThreadHeader({
  conversationId,
  title,
  others,
  statusOf,
  viewerId,
  backHref,
  manage,
}: {
  conversationId: string;
  title: string;
  others: ParticipantView[] | null;
  statusOf: (userId: string) => PersonStatus;
  viewerId: string;
  backHref?: string;
  /** A group's Manage button. */
  manage?: React.ReactNode;
}) {
  const direct = others?.length === 1 && !manage ? others[0]! : null;
  const onlineCount = others?.filter((o) => statusOf(o.id).online).length ?? 0;
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-border bg-surface px-3 sm:px-4">
      {backHref && (
        <Link href={backHref} className="-ml-1 rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground md:hidden" aria-label="All conversations">
          <ArrowLeft className="size-5" aria-hidden />
        </Link>
      )}
      {direct ? (
        <UserCard user={direct} viewerId={viewerId} status={statusOf(direct.id).label} online={statusOf(direct.id).online}>
          <button type="button" className="rounded-full" aria-label={`${direct.fullName}'s profile`}>
            <PresenceAvatar name={direct.fullName} src={direct.image} online={statusOf(direct.id).online} />
          </button>
        </UserCard>
      ) : (
        <span className="flex -space-x-2" aria-hidden>
          {(others ?? []).slice(0, 3).map((o) => (
            <Avatar key={o.id} name={o.fullName} src={o.image} size="sm" className="ring-2 ring-surface" />
          ))}
        </span>
      )}
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-[0.9375rem] font-semibold leading-tight">{title}</h1>
        <p className="truncate text-xs text-muted" aria-live="polite">
          {!others ? "\u00a0" : direct ? statusOf(direct.id).label : `${others.length + 1} people · ${onlineCount + 1} online`}
        </p>
      </div>
      <PinsButton conversationId={conversationId} />
      <SearchHereButton conversationId={conversationId} label={title} />
      <NotificationMenu conversationId={conversationId} label={title} />
      {others && !direct && <PeopleList people={others} statusOf={statusOf} viewerId={viewerId} label="People in this conversation" />}
      {manage}
    </header>
  );
}

/** Who has a channel open right now (a live list up to 100 members, a count beyond). */
export function ChannelPresence({
  members,
  onlineCount,
  statusOf,
  viewerId,
}: {
  members: ReadonlyMap<string, PresenceUser> | null;
  onlineCount: number | null;
  statusOf: (userId: string) => PersonStatus;
  viewerId: string;
}) {
  if (onlineCount !== null) {
    return (
      <PresenceStrip>
        <span className="size-2 rounded-full bg-success" aria-hidden /> {onlineCount.toLocaleString("en")} online
      </PresenceStrip>
    );
  }
  if (!members || members.size === 0) return <PresenceStrip>{"\u00a0"}</PresenceStrip>;
  const people = [...members].map(([id, info]) => ({ id, ...info, lastSeenAt: null }));
  return (
    <PresenceStrip>
      <PeopleList people={people} statusOf={statusOf} viewerId={viewerId} label="Here now">
        <span className="flex -space-x-1.5" aria-hidden>
          {people.slice(0, 5).map((p) => (
            <PresenceAvatar key={p.id} name={p.fullName} src={p.image} online size="xs" className="rounded-full ring-2 ring-surface" />
          ))}
        </span>
        <span>{members.size} here now</span>
      </PeopleList>
    </PresenceStrip>
  );
}

function PresenceStrip({ children }: { children: React.ReactNode }) {
  return <div className="flex h-9 shrink-0 items-center gap-2 border-b border-border bg-surface px-4 text-xs text-muted">{children}</div>;
}

function PeopleList({
  people,
  statusOf,
  viewerId,
  label,
  children,
}: {
  people: ParticipantView[];
  statusOf: (userId: string) => PersonStatus;
  viewerId: string;
  label: string;
  children?: React.ReactNode;
}) {
  return (
    <Popover.Root>
      <Popover.Trigger className="inline-flex items-center gap-2 rounded-md px-1.5 py-1 text-muted hover:bg-surface-muted hover:text-foreground" aria-label={children ? undefined : label}>
        {children ?? <Users className="size-4.5" aria-hidden />}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="end" sideOffset={6} collisionPadding={12} className="z-50 max-h-80 w-64 overflow-y-auto rounded-xl border border-border bg-surface p-2 text-foreground shadow-lg">
          <p className="px-2 pb-1.5 pt-1 text-xs font-medium text-muted">{label}</p>
          <ul>
            {people.map((person) => {
              const status = statusOf(person.id);
              return (
                <li key={person.id}>
                  <UserCard user={person} viewerId={viewerId} status={status.label} online={status.online}>
                    <button type="button" className="flex w-full items-center gap-2.5 rounded-md px-2 py-1.5 text-left hover:bg-surface-muted">
                      <PresenceAvatar name={person.fullName} src={person.image} online={status.online} size="xs" />
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-sm">{person.id === viewerId ? `${person.fullName} (you)` : person.fullName}</span>
                        <span className="block truncate text-xs text-muted">{status.label}</span>
                      </span>
                    </button>
                  </UserCard>
                </li>
              );
            })}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
