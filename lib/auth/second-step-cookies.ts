import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { CHALLENGE_TTL_SECONDS, readChallenge, SIGN_IN_CHALLENGE_COOKIE } from "@/lib/accounts/sign-in-challenge";
import { trustDevice, TRUSTED_DEVICE_COOKIE, TRUSTED_DEVICE_MAX_AGE_SECONDS } from "@/lib/accounts/trusted-devices";
import { env } from "@/lib/env";

// The cookies of the second sign-in step: the challenge between the two steps, and the
// "remember this device" token afterwards. Both are httpOnly and never readable by scripts.

const cookieOptions = (maxAge: number) => ({ httpOnly: true, sameSite: "lax" as const, secure: env().APP_URL.startsWith("https://"), path: "/", maxAge });

/** Keeps the challenge and opens the second-step page (never returns). */
export async function goToSecondStep(challenge: string, callbackUrl: string): Promise<never> {
  (await cookies()).set(SIGN_IN_CHALLENGE_COOKIE, challenge, cookieOptions(CHALLENGE_TTL_SECONDS));
  redirect(`/signin/two-factor?callbackUrl=${encodeURIComponent(callbackUrl)}`);
}

export async function pendingChallenge(): Promise<string | undefined> {
  return (await cookies()).get(SIGN_IN_CHALLENGE_COOKIE)?.value;
}

/** After the second step: the challenge is spent; the browser is remembered for 30 days if asked. */
export async function finishSecondStep(challenge: string, rememberDevice: boolean): Promise<void> {
  const jar = await cookies();
  jar.delete(SIGN_IN_CHALLENGE_COOKIE);
  const userId = rememberDevice ? await readChallenge(challenge) : null;
  if (!userId) return;
  const token = await trustDevice(userId, (await headers()).get("user-agent"));
  jar.set(TRUSTED_DEVICE_COOKIE, token, cookieOptions(TRUSTED_DEVICE_MAX_AGE_SECONDS));
}
