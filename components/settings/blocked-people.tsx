"use client";

import { useTransition } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { unblockUserAction } from "@/lib/actions/blocks/unblock-user";

type Blocked = { id: string; username: string; fullName: string; image: string | null };

/** Settings → Blocked people: whom you blocked, each with Unblock. */
export function BlockedPeople({ people }: { people: Blocked[] }) {
  if (people.length === 0) return <p className="text-sm text-muted">You haven&apos;t blocked anyone. Block someone from their card (click their name).</p>;
  return (
    <ul className="divide-y divide-border" aria-label="Blocked people">
      {people.map((person) => (
        <BlockedRow key={person.id} person={person} />
      ))}
    </ul>
  );
}

function BlockedRow({ person }: { person: Blocked }) {
  const [pending, startTransition] = useTransition();
  const unblock = () =>
    startTransition(async () => {
      const result = await unblockUserAction({ userId: person.id });
      if (result.ok) toast.success(`${person.fullName} is unblocked.`);
      else toast.error(result.error.message);
    });
  return (
    <li className="flex items-center gap-3 py-2">
      <Avatar name={person.fullName} src={person.image} />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">{person.fullName}</span>
        <span className="block truncate text-xs text-muted">@{person.username}</span>
      </span>
      <Button variant="secondary" size="sm" pending={pending} onClick={unblock} aria-label={`Unblock ${person.fullName}`}>
        Unblock
      </Button>
    </li>
  );
}
