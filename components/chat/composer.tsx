"use client";

import { Paperclip, SendHorizontal } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { PendingUploads } from "@/components/chat/attachments";
import { useMentionAutocomplete } from "@/components/chat/mention-autocomplete";
import type { Uploads } from "@/components/chat/use-uploads";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { MESSAGE_MAX_LENGTH } from "@/lib/messages/limits";

const COUNTER_FROM = MESSAGE_MAX_LENGTH - 500;
const MAX_HEIGHT_PX = 200;

/**
 * The message box: Enter sends, Shift+Enter starts a new line (and Enter while an input method
 * is composing does nothing); ↑ in the empty box edits the viewer's last message. The draft
 * survives navigating away and back, per conversation. Files come by the paperclip, by pasting
 * (screenshots) or by dropping them on the conversation (ConversationView); the message goes once
 * every file is uploaded and checked, with the text as its caption.
 */
export function Composer({
  conversationId,
  placeholder,
  onSend,
  onEditLast,
  onTyping,
  canBroadcast = false,
  replying,
  uploads,
  onCancelReply,
}: {
  conversationId: string;
  placeholder: string;
  uploads: Uploads;
  /** The id of the message being replied to: the box takes the focus; Esc cancels the reply. */
  replying?: string;
  onCancelReply?: () => void;
  onSend: (body: string, attachments: Uploads["attachments"]) => void;
  /** ↑ in the empty box: edit the viewer's last message (false when there is none). */
  onEditLast?: () => boolean;
  onTyping: (typing: boolean) => void;
  /** The @-autocomplete offers @here and @everyone. */
  canBroadcast?: boolean;
}) {
  const draftKey = `chatsphere:draft:${conversationId}`;
  const [value, setValue] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const counterId = useId();
  const mentions = useMentionAutocomplete({ conversationId, value, setValue, textarea, broadcasts: canBroadcast });

  useEffect(() => {
    const saved = sessionStorage.getItem(draftKey);
    if (saved) setValue(saved); // eslint-disable-line react-hooks/set-state-in-effect -- storage is only readable after mount
  }, [draftKey]);

  useEffect(() => {
    if (replying) textarea.current?.focus();
  }, [replying]);

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

  const canSend = (body.length > 0 || uploads.ready) && !tooLong && uploads.settled;

  const submit = () => {
    if (!canSend) return;
    onSend(body, uploads.attachments);
    uploads.clear();
    onTyping(false);
    setValue("");
    textarea.current?.focus();
  };

  const addFiles = (files: Iterable<File>) => {
    const refused = uploads.add(files);
    if (refused) toast.error(refused);
  };

  return (
    <form
      className="border-t border-border bg-surface px-3 py-3 sm:px-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <PendingUploads items={uploads.items} onRemove={uploads.remove} onAlt={(id, alt) => void uploads.setAlt(id, alt)} />
      <div className="flex items-end gap-2">
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        aria-label="Attach files"
        onChange={(event) => {
          if (event.target.files) addFiles(event.target.files);
          event.target.value = "";
        }}
      />
      <Button type="button" variant="ghost" size="icon" className="mb-0.5 size-10 shrink-0" aria-label="Attach files" onClick={() => picker.current?.click()}>
        <Paperclip className="size-4.5" aria-hidden />
      </Button>
      <div className="relative min-w-0 flex-1">
        {mentions.list}
        <textarea
          ref={textarea}
          rows={1}
          value={value}
          placeholder={placeholder}
          aria-label={placeholder}
          aria-describedby={body.length > COUNTER_FROM ? counterId : undefined}
          aria-invalid={tooLong || undefined}
          {...mentions.inputProps}
          onChange={(event) => {
            setValue(event.target.value);
            onTyping(event.target.value.trim().length > 0);
            mentions.update();
          }}
          onPaste={(event) => {
            const files = [...event.clipboardData.files];
            if (files.length === 0) return;
            event.preventDefault();
            addFiles(files);
          }}
          onKeyDown={(event) => {
            if (mentions.onKeyDown(event)) return;
            if (event.key === "Escape" && replying && onCancelReply) {
              event.preventDefault();
              onCancelReply();
              return;
            }
            if (event.key === "ArrowUp" && value === "" && onEditLast?.()) {
              event.preventDefault();
              return;
            }
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
      <Button type="submit" size="icon" className="mb-0.5 size-10 shrink-0" disabled={!canSend} aria-label="Send message">
        <SendHorizontal className="size-4.5" aria-hidden />
      </Button>
      </div>
    </form>
  );
}
