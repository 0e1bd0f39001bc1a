import { forbidden } from "@/lib/errors";

/**
 * The one wording of "verify your email address first", for the server's refusal and for every
 * notice that says why something is not open yet: `to` names what the address unlocks there.
 */
export function verifyFirst(to?: string): string {
  return `Verify your email address ${to ? `to ${to}` : "first"}: follow the link we emailed you, or ask for a new one.`;
}

/**
 * Posting, joining, creating, messaging people and subscribing to conversations need a verified
 * email address; this is the one refusal for all of them (web and API alike).
 */
export function requireVerified(actor: { emailVerifiedAt: Date | null }): void {
  if (!actor.emailVerifiedAt) throw forbidden(verifyFirst());
}
