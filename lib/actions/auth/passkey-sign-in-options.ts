"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { passkeySignInOptions } from "@/lib/accounts/passkeys";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { clientIp } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";
import { publicAction } from "@/lib/safe-action";

export const passkeySignInOptionsAction = publicAction.schema(z.object({})).revalidates("none").action(async () => {
  const ip = clientIp(await headers());
  await rateLimit(`passkey-options:ip:${ip}`, accountLimits.passkeySignInsPerIp, "Too many passkey sign-ins from your network.");
  return passkeySignInOptions();
});
