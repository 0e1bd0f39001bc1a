import { z } from "zod";
import { id } from "@/lib/zod/fields";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
// Pictographs, their modifiers and joiners, keycaps, flags (regional indicators and tag sequences).
const EMOJI_CHARS = /^[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f\u20e3]+$/u;
const EMOJI_START = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3)/u;

/** One emoji (a single grapheme made of emoji characters only: 👍, 👍🏽, 🏳️‍🌈, 🇫🇷, 1️⃣), as a reaction. */
export const emoji = z
  .string({ error: "Pick an emoji" })
  .trim()
  .min(1, "Pick an emoji")
  .max(32, "Pick one emoji")
  .refine((value) => EMOJI_START.test(value) && EMOJI_CHARS.test(value) && Array.from(graphemes.segment(value)).length === 1, "Pick one emoji");

/** Add (`reacted: true`) or take back (`false`) the viewer's reaction; both are idempotent. */
export const setReactionSchema = z.object({ messageId: id, emoji, reacted: z.boolean({ error: "Say whether to add or remove it" }) });
export type SetReactionInput = z.infer<typeof setReactionSchema>;
