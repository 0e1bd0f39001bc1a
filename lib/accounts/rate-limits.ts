import "server-only";
import type { RateLimitRule } from "@/lib/rate-limit";

// The limits on account actions (README "User guide: accounts" lists them). Failed sign-ins are
// counted per account and per IP address; a successful one is not counted against the address
// (so people behind one NAT, and test suites, can sign in freely) and clears the account's count.

const minutes = (n: number) => n * 60;

export const accountLimits = {
  /** From browsers that never signed in to the account; past it they are slowed (signInSlowedPerAccount). */
  signInFailuresPerAccount: { limit: 10, windowSeconds: minutes(15) },
  signInSlowedPerAccount: { limit: 1, windowSeconds: minutes(1) },
  /** From one browser that signed in to the account before (its device cookie). */
  signInFailuresPerDevice: { limit: 10, windowSeconds: minutes(15) },
  signInFailuresPerIp: { limit: 30, windowSeconds: minutes(15) },
  signUpPerIp: { limit: 10, windowSeconds: minutes(60) },
  /** Verification and reset emails from one address, visible to the person asking. */
  emailRequestsPerIp: { limit: 10, windowSeconds: minutes(60) },
  /** Emails to one inbox: enforced silently, so the answer never reveals whether an account exists. */
  emailsPerInbox: { limit: 5, windowSeconds: minutes(60) },
  /** Wrong current passwords in settings (change password or email, delete account). */
  passwordChecksPerUser: { limit: 10, windowSeconds: minutes(15) },
  /** Wrong two-factor codes and recovery codes (sign-in, API tokens, setup). */
  secondFactorFailuresPerAccount: { limit: 10, windowSeconds: minutes(15) },
  /** Passkey sign-in challenges handed out to one address. */
  passkeySignInsPerIp: { limit: 30, windowSeconds: minutes(15) },
} satisfies Record<string, RateLimitRule>;
