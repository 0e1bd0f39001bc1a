import type { NotifyLevel } from "@/lib/zod/notifications";

// The one rule for how much a conversation notifies a person, shared by every consumer: the
// unread badges (lib/unread/client/state.ts), Web Push (lib/push/on-message.ts) and the email
// digest (lib/notifications/digest.ts). Pure: the browser and the server both run it.
//
// Level: the channel's own setting when it has one, else the person's setting for its server,
// else the default (ALL: a dot for every message, a count and alerts for what names or answers
// you; channel chatter never alerts). A direct thread has no server: its own setting, else ALL.
// Mute: the conversation's own mute or its server's, whichever is in force (a server mute
// silences every channel of it, whatever their levels).

export const DEFAULT_LEVEL: NotifyLevel = "ALL";

type When = Date | string | null | undefined;

/** A channel's or thread's own setting; level null: follow the server (a thread: the default). */
export type OwnNotifySetting = { level: NotifyLevel | null; mutedUntil: When };
/** The person's setting for a server. */
export type ServerNotifySetting = { level: NotifyLevel; mutedUntil: When };

export type EffectiveNotify = { level: NotifyLevel; muted: boolean };

const time = (when: When) => (when == null ? NaN : typeof when === "string" ? Date.parse(when) : when.getTime());

/** Whether a mute is in force at `now` (ms). */
export function mutedAt(mutedUntil: When, now: number): boolean {
  return time(mutedUntil) > now;
}

export function effectiveNotify(own: OwnNotifySetting | null | undefined, server: ServerNotifySetting | null | undefined, now: number): EffectiveNotify {
  const muted = mutedAt(own?.mutedUntil, now) || mutedAt(server?.mutedUntil, now);
  return { level: own?.level ?? server?.level ?? DEFAULT_LEVEL, muted };
}

/**
 * Whether a message alerts the person (a push, an email digest line): never when muted or set to
 * nothing; what names or answers them (`addressed`) unless that; the rest only at ALL. Who is
 * asked at all is the caller's: channel chatter never reaches this (no per-member fan-out).
 */
export function alerts(effective: EffectiveNotify, addressed: boolean): boolean {
  if (effective.muted || effective.level === "NOTHING") return false;
  return addressed || effective.level === "ALL";
}

/** When the next of these mutes ends after `now` (ms), or null. */
export function nextMuteEnd(settings: Iterable<{ mutedUntil: When }>, now: number): number | null {
  let next: number | null = null;
  for (const { mutedUntil } of settings) {
    const end = time(mutedUntil);
    if (end > now && (next === null || end < next)) next = end;
  }
  return next;
}
