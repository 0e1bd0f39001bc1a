"use client";

import { SendHorizontal } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { MESSAGE_MAX_LENGTH } from "@/lib/messages/limits";

const COUNTER_FROM = MESSAGE_MAX_LENGTH - 500;
const MAX_HEIGHT_PX = 200;

/**
 * The message box: Enter sends, Shift+Enter starts a new line (and Enter while an input method
 * is composing does nothing). The draft survives navigating away and back, per conversation.
 */
export function Composer({
  conversationId,
  placeholder,
  onSend,
  onTyping,
}: {
  conversationId: string;
  placeholder: string;
  onSend: (body: string) => void;
  onTyping: (typing: boolean) => void;
}) {
  const draftKey = `chatsphere:draft:${conversationId}`;
  const [value, setValue] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const counterId = useId();

  useEffect(() => {
    const saved = sessionStorage.getItem(draftKey);
    if (saved) setValue(saved); // eslint-disable-line react-hooks/set-state-in-effect -- storage is only readable after mount
  }, [draftKey]);

  useEffect(() => {
    if (value) sessionStorage.setItem(draftKey, value);
    else sessionStorage.removeItem(draftKey);
    const el = textarea.current;
    if (el) {
      el.style.height = "auto";
      el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
    }
  }, [value, draftKey]);

  const body = value.trim();
  const tooLong = body.length > MESSAGE_MAX_LENGTH;

  const submit = () => {
    if (!body || tooLong) return;
    onSend(body);
    onTyping(false);
    setValue("");
    textarea.current?.focus();
  };

  return (
    <form
      className="flex items-end gap-2 border-t border-border bg-surface px-3 py-3 sm:px-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="relative min-w-0 flex-1">
        <textarea
          ref={textarea}
          rows={1}
          value={value}
          placeholder={placeholder}
          aria-label={placeholder}
          aria-describedby={body.length > COUNTER_FROM ? counterId : undefined}
          aria-invalid={tooLong || undefined}
          onChange={(event) => {
            setValue(event.target.value);
            onTyping(event.target.value.trim().length > 0);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
          className={cn(inputClasses, "block max-h-[200px] resize-none py-2.5 leading-snug")}
        />
        {body.length > COUNTER_FROM && (
          <p id={counterId} className={cn("mt-1 text-right text-xs", tooLong ? "font-medium text-danger" : "text-muted")}>
            {tooLong
              ? `${(body.length - MESSAGE_MAX_LENGTH).toLocaleString("en")} characters too long`
              : `${body.length.toLocaleString("en")} / ${MESSAGE_MAX_LENGTH.toLocaleString("en")}`}
          </p>
        )}
      </div>
      <Button type="submit" size="icon" className="mb-0.5 size-10 shrink-0" disabled={!body || tooLong} aria-label="Send message">
        <SendHorizontal className="size-4.5" aria-hidden />
      </Button>
    </form>
  );
}
