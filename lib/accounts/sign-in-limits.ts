import "server-only";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { checkRateLimit, clearRateLimit, rateLimit, refundRateLimit } from "@/lib/rate-limit";

// Failed sign-ins are limited per account and per IP address. Every attempt is counted up front
// (so parallel guesses cannot slip past the limit); a successful one is then given back to the
// address and clears the account's count. A browser that signed in to the account before (its
// device cookie: lib/accounts/trusted-devices.ts) is counted on its own and never slowed by the
// others, so strangers cannot lock the owner out. Past the account's limit, other browsers are
// slowed to one attempt a minute rather than refused.

export const signInAccountKey = (email: string) => `signin:account:${email}`;
export const signInAccountSlowKey = (email: string) => `signin:account-slow:${email}`;
export const signInIpKey = (ip: string) => `signin:ip:${ip}`;
export const signInDeviceKey = (nonce: string) => `signin:device:${nonce}`;

export type SignInOrigin = { ip: string; device: string | null };

/** Counts a sign-in attempt; throws a rate_limited AppError when a limit is exceeded. */
export async function countSignInAttempt(email: string, { ip, device }: SignInOrigin): Promise<void> {
  if (device) {
    return rateLimit(signInDeviceKey(device), accountLimits.signInFailuresPerDevice, "Too many failed sign-in attempts from this device.");
  }
  await rateLimit(signInIpKey(ip), accountLimits.signInFailuresPerIp, "Too many failed sign-in attempts from your network.");
  if ((await checkRateLimit(signInAccountKey(email), accountLimits.signInFailuresPerAccount)).allowed) return;
  await rateLimit(signInAccountSlowKey(email), accountLimits.signInSlowedPerAccount, "Too many failed sign-in attempts for this account.");
}

export async function signInSucceeded(email: string, { ip, device }: SignInOrigin): Promise<void> {
  await Promise.all([
    device ? clearRateLimit(signInDeviceKey(device)) : refundRateLimit(signInIpKey(ip)),
    clearRateLimit(signInAccountKey(email)),
    clearRateLimit(signInAccountSlowKey(email)),
  ]);
}
