"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import { PeoplePicker, type PersonOption } from "@/components/people/people-picker";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { addChannelMembersAction } from "@/lib/actions/channels/add-members";
import { findChannelMemberCandidatesAction } from "@/lib/actions/channels/find-member-candidates";
import { listChannelMembersAction } from "@/lib/actions/channels/list-members";
import { removeChannelMemberAction } from "@/lib/actions/channels/remove-member";
import type { ErrorBody } from "@/lib/errors";
import { CHANNEL_MEMBERS_PER_ADD } from "@/lib/zod/channels";

type Member = PersonOption & { role: "OWNER" | "MODERATOR" | "MEMBER" };

/** The members dialog of a private channel: who was chosen for it, adding server members, taking them out. */
export function ChannelMembersPanel({ channel }: { channel: { id: string; name: string } }) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [version, setVersion] = useState(0);
  const [adding, setAdding] = useState<PersonOption[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [pending, startTransition] = useTransition();

  // Read on opening, and again after each change made here.
  useEffect(() => {
    let current = true;
    void listChannelMembersAction({ channelId: channel.id }).then(
      (result) => current && (result.ok ? setMembers(result.data) : setError(result.error)),
      () => current && setError({ code: "internal", message: "Couldn't load the members. Check your connection." }),
    );
    return () => {
      current = false;
    };
  }, [channel.id, version]);

  const findPeople = useCallback(async (q: string) => findChannelMemberCandidatesAction({ channelId: channel.id, q }), [channel.id]);

  const run = (action: () => Promise<{ ok: true } | { ok: false; error: ErrorBody }>, done: string, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(result.error);
      setError(null);
      toast.success(done);
      after?.();
      setVersion((v) => v + 1);
    });

  return (
    <div className="space-y-5">
      <p className="text-sm text-muted">Only the people below, and the server&apos;s owner and moderators, see #{channel.name}.</p>
      <FormMessage error={error ?? undefined} />
      <div className="space-y-2">
        <Field label="Add people" hint="Members of this server." error={error?.fields?.userIds}>
          {(control) => (
            <PeoplePicker
              find={findPeople}
              id={control.id}
              max={CHANNEL_MEMBERS_PER_ADD}
              label="Add people"
              invalid={control["aria-invalid"]}
              describedBy={control["aria-describedby"]}
              value={adding}
              onChange={setAdding}
            />
          )}
        </Field>
        <Button
          variant="secondary"
          disabled={adding.length === 0}
          pending={pending}
          onClick={() =>
            run(
              () => addChannelMembersAction({ channelId: channel.id, userIds: adding.map((p) => p.id) }),
              adding.length === 1 ? `${adding[0]!.fullName} was added` : `${adding.length} people were added`,
              () => setAdding([]),
            )
          }
        >
          Add {adding.length > 1 ? `${adding.length} people` : ""}
        </Button>
      </div>
      <section aria-labelledby={`channel-members-${channel.id}`}>
        <h3 id={`channel-members-${channel.id}`} className="mb-2 text-sm font-medium">
          Members {members && `(${members.length})`}
        </h3>
        {members === null ? (
          <Skeleton className="h-8 w-full" />
        ) : members.length === 0 ? (
          <p className="text-sm text-muted">Nobody was added yet: only the owner and moderators see this channel.</p>
        ) : (
          <ul className="space-y-1" aria-busy={pending || undefined}>
            {members.map((person) => (
              <li key={person.id} className="flex items-center gap-2 rounded-lg px-1 py-1">
                <Avatar name={person.fullName} src={person.image} size="sm" />
                <span className="min-w-0 flex-1 truncate text-sm">
                  {person.fullName} <span className="text-muted">@{person.username}</span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  aria-label={`Remove ${person.fullName} from #${channel.name}`}
                  onClick={() => run(() => removeChannelMemberAction({ channelId: channel.id, userId: person.id }), `${person.fullName} was taken out of #${channel.name}`)}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
