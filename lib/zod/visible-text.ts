import { z } from "zod";

// Deceptive Unicode in names and messages: bidi controls reorder what follows them ("Eve
// \u202eecila" shows as "Eve alice"), and zero-width or blank characters make names that look
// empty or identical to another. Variation selectors and tag characters are left alone: emoji
// and flag sequences need them.

const BIDI_CONTROL = /\p{Bidi_Control}/u;
/** Characters that take no room (or look like a blank) and carry no meaning on their own. */
const INVISIBLE = "(?:(?![\\p{Variation_Selector}\\u{E0020}-\\u{E007F}])[\\p{Default_Ignorable_Code_Point}\\p{Cf}]|[\\p{White_Space}\\u2800])";
const VISIBLE = /[^\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}\p{Cf}\p{Variation_Selector}\u2800]/u;
const INVISIBLE_EDGES = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, "gu");

export const hasBidiControl = (value: string) => BIDI_CONTROL.test(value);
export const hasVisibleCharacter = (value: string) => VISIBLE.test(value);
/** Drops invisible characters and bidi controls (and white space) from both ends. */
export const trimInvisible = (value: string) => value.replace(INVISIBLE_EDGES, "");

/** A name people read (display, server, channel): no bidi controls, something visible. */
export function visibleName<T extends z.ZodType<string, string>>(schema: T) {
  return schema
    .refine((value) => !hasBidiControl(value), "Remove the invisible text-direction characters")
    .refine(hasVisibleCharacter, "Use some visible characters");
}
