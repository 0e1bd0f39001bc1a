"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PeoplePicker, type PersonOption } from "@/components/people/people-picker";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { addParticipantsAction } from "@/lib/actions/threads/add-participants";
import { leaveThreadAction } from "@/lib/actions/threads/leave-thread";
import { removeParticipantAction } from "@/lib/actions/threads/remove-participant";
import { renameThreadAction } from "@/lib/actions/threads/rename-thread";
import { searchUsersAction } from "@/lib/actions/threads/search-users";
import { threadSettingsAction } from "@/lib/actions/threads/thread-settings";
import type { ErrorBody } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import type { ThreadState } from "@/lib/realtime/catalogue";

type Result = { ok: true } | { ok: false; error: ErrorBody };

/**
 * The Manage dialog's content: rename, add and remove people (the creator, or everyone when the
 * group allows it), who may do that (the creator), what people added later read, and leaving.
 */
export function ManageThreadPanel({ group, viewerId, onClose }: { group: ThreadState; viewerId: string; onClose: () => void }) {
  const router = useRouter();
  const creator = group.createdById === viewerId;
  const canManage = creator || group.anyoneManages;
  const [title, setTitle] = useState(group.title ?? "");
  const [adding, setAdding] = useState<PersonOption[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [pending, startTransition] = useTransition();
  const room = THREAD_MAX_PARTICIPANTS - group.participants.length;
  const inGroup = new Set(group.participants.map((p) => p.id));
  const findPeople = async (q: string) => {
    const result = await searchUsersAction({ q });
    return result.ok ? { ok: true as const, data: result.data.filter((p) => !inGroup.has(p.id)) } : result;
  };

  const run = (action: () => Promise<Result>, done: string, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(result.error);
      setError(null);
      toast.success(done);
      after?.();
    });

  return (
    <div className="space-y-6">
      <FormMessage error={error ?? undefined} />
      {canManage && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => renameThreadAction({ threadId: group.threadId, title }), title.trim() ? "Group renamed" : "Group named after its people");
          }}
        >
          <Field label="Group name" className="flex-1" error={error?.fields?.title}>
            {(control) => <Input {...control} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={80} placeholder="Named after its people" />}
          </Field>
          <Button type="submit" variant="secondary" pending={pending}>
            Save
          </Button>
        </form>
      )}

      <section aria-labelledby="group-people">
        <h3 id="group-people" className="mb-2 text-sm font-medium">
          People ({group.participants.length} of {THREAD_MAX_PARTICIPANTS})
        </h3>
        <ul className="space-y-1">
          {group.participants.map((person) => (
            <li key={person.id} className="flex items-center gap-2 rounded-lg px-1 py-1">
              <Avatar name={person.fullName} src={person.image} size="sm" />
              <span className="min-w-0 flex-1 truncate text-sm">
                {person.fullName}
                {person.id === viewerId && <span className="text-muted"> (you)</span>}
                {person.id === group.createdById && <span className="text-muted"> · started the group</span>}
              </span>
              {canManage && person.id !== viewerId && person.id !== group.createdById && (
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  aria-label={`Remove ${person.fullName}`}
                  onClick={() => run(() => removeParticipantAction({ threadId: group.threadId, userId: person.id }), `${person.fullName} was removed`)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>

      {canManage && room > 0 && (
        <div className="space-y-2">
          <Field label="Add people" error={error?.fields?.userIds} hint={group.history === "SINCE_JOIN" ? "They will see only what is sent after they join." : "They will see the whole conversation."}>
            {(control) => (
              <PeoplePicker
                find={findPeople}
                id={control.id}
                max={room}
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
            onClick={() => run(() => addParticipantsAction({ threadId: group.threadId, userIds: adding.map((p) => p.id) }), adding.length === 1 ? `${adding[0]!.fullName} was added` : `${adding.length} people were added`, () => setAdding([]))}
          >
            Add {adding.length > 1 ? `${adding.length} people` : ""}
          </Button>
        </div>
      )}

      <p className="text-sm text-muted">
        People added later see {group.history === "SINCE_JOIN" ? "only what is sent after they join" : "the whole conversation"}.
        {!canManage && " Only the person who started this group can rename it or add and remove people."}
      </p>

      {creator && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={group.anyoneManages}
            disabled={pending}
            onChange={(event) => {
              const anyoneManages = event.target.checked;
              run(() => threadSettingsAction({ threadId: group.threadId, anyoneManages }), anyoneManages ? "Everyone can manage this group now" : "Only you can manage this group now");
            }}
          />
          Everyone may rename the group and add or remove people
        </label>
      )}

      <div className="flex justify-end border-t border-border pt-4">
        <Button
          variant="danger"
          pending={pending}
          onClick={() =>
            run(() => leaveThreadAction({ threadId: group.threadId }), "You left the group", () => {
              onClose();
              router.replace("/t");
              router.refresh();
            })
          }
        >
          Leave group
        </Button>
      </div>
    </div>
  );
}
