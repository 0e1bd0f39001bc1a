"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/input";
import { Popover } from "@/components/ui/lazy-radix";
import { useReaderClock } from "@/components/chat/reader-clock";
import { messageVersionsAction } from "@/lib/actions/messages/message-versions";
import type { MessageVersion } from "@/lib/messages/page";
import { MESSAGE_MAX_LENGTH } from "@/lib/messages/limits";
import { fullTime } from "@/lib/time/format";
import { cn } from "@/lib/utils";

/** Editing a message in place: Enter saves, Shift+Enter a new line, Esc cancels. */
export function MessageEditor({ initial, onSave, onCancel }: { initial: string; onSave: (body: string) => Promise<boolean>; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  const [pending, startTransition] = useTransition();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const body = value.trim();
  const tooLong = body.length > MESSAGE_MAX_LENGTH;

  useEffect(() => {
    const el = textarea.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const save = () => {
    if (!body || tooLong || pending) return;
    if (body === initial) return onCancel();
    startTransition(async () => {
      if (await onSave(body)) onCancel();
    });
  };

  return (
    <div className="mt-1">
      <textarea
        ref={textarea}
        value={value}
        rows={Math.min(8, value.split("\n").length)}
        aria-label="Edit message"
        aria-invalid={tooLong || !body || undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onCancel();
          } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
        className={cn(inputClasses, "block resize-none py-2 leading-snug")}
      />
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
        {tooLong ? (
          <span className="font-medium text-danger">{(body.length - MESSAGE_MAX_LENGTH).toLocaleString("en")} characters too long</span>
        ) : (
          <span>Enter to save · Esc to cancel</span>
        )}
        <Button size="sm" variant="secondary" type="button" onClick={onCancel}>
          Cancel
        </Button>
        <Button size="sm" type="button" pending={pending} disabled={!body || tooLong} onClick={save}>
          Save
        </Button>
      </p>
    </div>
  );
}

/** "(edited)": opens the message's earlier versions, with when each was written. */
export function EditedMarker({ messageId, editedAt }: { messageId: string; editedAt: string }) {
  const clock = useReaderClock();
  const [versions, setVersions] = useState<MessageVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [open, setOpen] = useState(false);

  // Controlled: the lazy root reports the first open (before Radix has loaded) only this way.
  const toggle = async (next: boolean) => {
    setOpen(next);
    if (!next) return;
    setError(null);
    const result = await messageVersionsAction({ messageId });
    if (result.ok) setVersions(result.data);
    else setError(result.error.message);
  };

  return (
    <Popover.Root open={open} onOpenChange={(next: boolean) => void toggle(next)}>
      <Popover.Trigger asChild>
        <button type="button" className="text-xs text-muted hover:underline" title={`Edited ${fullTime(new Date(editedAt), clock)}`}>
          {" "}
          (edited)
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label="Edit history"
          className="z-50 max-h-80 w-80 overflow-y-auto rounded-xl border border-border bg-surface p-3 text-sm text-foreground shadow-lg"
        >
          <p className="mb-2 font-semibold">Edit history</p>
          {error ? (
            <p className="text-danger">{error}</p>
          ) : versions === null ? (
            <p className="text-muted">Loading…</p>
          ) : versions.length === 0 ? (
            <p className="text-muted">No earlier versions.</p>
          ) : (
            <ol className="space-y-2">
              {versions.map((version, i) => (
                <li key={i} className="rounded-md bg-surface-muted px-2 py-1.5">
                  <time dateTime={version.writtenAt} className="block text-xs text-muted">
                    {fullTime(new Date(version.writtenAt), clock)}
                  </time>
                  <p className="whitespace-pre-wrap break-words">{version.body}</p>
                </li>
              ))}
            </ol>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
