"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { toast } from "@/components/ui/toast";
import { setMessagePolicyAction } from "@/lib/actions/requests/set-message-policy";
import type { ErrorBody } from "@/lib/errors";
import type { MessagePolicy } from "@/lib/zod/message-requests";

const choices: { value: MessagePolicy; label: string; hint: string }[] = [
  { value: "ANYONE", label: "Anyone", hint: "A first message from someone you share no server or conversation with arrives under Message requests." },
  { value: "SERVERS", label: "People in my servers", hint: "Anyone else's first message arrives under Message requests." },
  { value: "NOBODY", label: "Nobody", hint: "Nobody can start a conversation with you or add you to a group. Conversations you have go on." },
];

/** Settings → Who can message me. */
export function MessagePolicyForm({ initial }: { initial: MessagePolicy }) {
  const [policy, setPolicy] = useState(initial);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [pending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await setMessagePolicyAction({ policy });
      setError(result.ok ? null : result.error);
      if (result.ok) toast.success("Saved: who can message you.");
    });
  }

  return (
    <form onSubmit={save} className="space-y-4" aria-label="Who can message me">
      <FormMessage error={error ?? undefined} />
      <fieldset className="space-y-3" aria-describedby={error?.fields?.policy ? "message-policy-error" : undefined}>
        <legend className="sr-only">Who can message me</legend>
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="policy"
              value={choice.value}
              checked={policy === choice.value}
              onChange={() => setPolicy(choice.value)}
              className="mt-0.5 size-4 accent-accent"
            />
            <span>
              <span className="block font-medium">{choice.label}</span>
              <span className="block text-xs text-muted">{choice.hint}</span>
            </span>
          </label>
        ))}
        {error?.fields?.policy && (
          <p id="message-policy-error" className="text-sm text-danger">
            {error.fields.policy}
          </p>
        )}
      </fieldset>
      <Button type="submit" pending={pending}>
        Save
      </Button>
    </form>
  );
}
