import "server-only";
import { env } from "@/lib/env";

/** The link people follow to use an invite. */
export function inviteUrl(code: string): string {
  return new URL(`/invite/${code}`, env().APP_URL).toString();
}
