import "client-only";
import type { PresenceUser } from "@/lib/realtime/catalogue";

// "X is typing…", sent as client events on the conversation's presence channel: at most one every
// TYPING_THROTTLE_MS per user, shown for TYPING_EXPIRY_MS unless refreshed, cleared at once by a
// "stopped" event (sent with the message).

export const TYPING_THROTTLE_MS = 2_000;
export const TYPING_EXPIRY_MS = 5_000;

type TypingEvent = { userId: string; name: string; typing: boolean };

/** The sending side: call `input()` on every keystroke and `stop()` when the message is sent or cleared. */
export class TypingNotifier {
  private lastSentAt = -Infinity;

  /** `emit` answers false when it could not send (not subscribed yet): the next keystroke tries again. */
  constructor(
    private readonly emit: (typing: boolean) => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  input() {
    const now = this.now();
    if (now - this.lastSentAt < TYPING_THROTTLE_MS) return;
    if (this.emit(true)) this.lastSentAt = now;
  }

  stop() {
    if (this.now() - this.lastSentAt >= TYPING_EXPIRY_MS) return; // the others have stopped showing it already
    this.lastSentAt = -Infinity;
    this.emit(false);
  }
}

export type Typers = Readonly<Record<string, { name: string; until: number }>>;

/**
 * Who sent a typing event, from what the realtime server vouches for: the sender's user id it
 * attached, and that member's name as our auth endpoint signed it. Null (drop it) when either is
 * missing: nothing in the payload names anyone.
 */
export function typingEvent(payload: { typing: boolean }, sender: { userId?: string; member?: PresenceUser }): TypingEvent | null {
  const { userId, member } = sender;
  return userId && member ? { userId, name: member.fullName, typing: payload.typing } : null;
}

/** The receiving side: who is typing after this event. */
export function applyTyping(typers: Typers, event: TypingEvent, viewerId: string, now = Date.now()): Typers {
  if (event.userId === viewerId) return typers; // my own other tabs
  const next = { ...typers };
  if (event.typing) next[event.userId] = { name: event.name, until: now + TYPING_EXPIRY_MS };
  else delete next[event.userId];
  return next;
}

/** Typers whose last event is still fresh, and when the next one expires (to re-render then). */
export function activeTypers(typers: Typers, now = Date.now()): { names: string[]; nextExpiry: number | null } {
  const live = Object.values(typers).filter((t) => t.until > now);
  return { names: live.map((t) => t.name).sort(), nextExpiry: live.length ? Math.min(...live.map((t) => t.until)) : null };
}

export function typingLabel(names: string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return `${names[0]} is typing…`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]} are typing…`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others are typing…`;
}
