"use client";

import { EmojiPicker } from "frimousse";

// The full emoji picker (frimousse), loaded when someone first asks for it: its code comes with
// this module, its data from the app itself (/emojibase, from emojibase-data), never a CDN.

export default function Picker({ onPick }: { onPick: (emoji: string) => void }) {
  return (
    <EmojiPicker.Root emojibaseUrl="/emojibase" onEmojiSelect={({ emoji }) => onPick(emoji)} className="flex h-72 w-full flex-col" columns={8}>
      <EmojiPicker.Search aria-label="Search emoji" placeholder="Search emoji" className="mx-2 mt-2 rounded-md border border-border bg-background px-2 py-1.5 text-sm outline-none focus:ring-2 focus:ring-ring" />
      <EmojiPicker.Viewport className="relative flex-1 outline-none">
        <EmojiPicker.Loading className="absolute inset-0 flex items-center justify-center text-sm text-muted">Loading…</EmojiPicker.Loading>
        <EmojiPicker.Empty className="absolute inset-0 flex items-center justify-center text-sm text-muted">No emoji found.</EmojiPicker.Empty>
        <EmojiPicker.List
          className="select-none pb-1.5"
          components={{
            CategoryHeader: ({ category, ...props }) => (
              <div className="bg-surface px-3 pb-1 pt-3 text-xs font-medium text-muted" {...props}>
                {category.label}
              </div>
            ),
            Row: ({ children, ...props }) => (
              <div className="scroll-my-1.5 px-1.5" {...props}>
                {children}
              </div>
            ),
            Emoji: ({ emoji, ...props }) => (
              <button className="flex size-8 items-center justify-center rounded-md text-xl data-[active]:bg-surface-muted" {...props}>
                {emoji.emoji}
              </button>
            ),
          }}
        />
      </EmojiPicker.Viewport>
    </EmojiPicker.Root>
  );
}
