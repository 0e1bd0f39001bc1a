import { accountLimits } from "@/lib/accounts/rate-limits";
import { clearRateLimit, rateLimit, refundRateLimit } from "@/lib/rate-limit";

// Failed sign-ins are limited per account and per IP address. Every attempt is counted up front
// (so parallel guesses cannot slip past the limit); a successful one is then given back to the
// address and clears the account's count.

export const signInAccountKey = (email: string) => `signin:account:${email}`;
export const signInIpKey = (ip: string) => `signin:ip:${ip}`;

/** Counts a sign-in attempt; throws a rate_limited AppError when either limit is exceeded. */
export async function countSignInAttempt(email: string, ip: string): Promise<void> {
  await rateLimit(signInIpKey(ip), accountLimits.signInFailuresPerIp, "Too many failed sign-in attempts from your network.");
  await rateLimit(signInAccountKey(email), accountLimits.signInFailuresPerAccount, "Too many failed sign-in attempts for this account.");
}

export async function signInSucceeded(email: string, ip: string): Promise<void> {
  await Promise.all([refundRateLimit(signInIpKey(ip)), clearRateLimit(signInAccountKey(email))]);
}
