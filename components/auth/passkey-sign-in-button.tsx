"use client";

import { KeyRound } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { passkeySignInAction } from "@/lib/actions/auth/passkey-sign-in";
import { passkeySignInOptionsAction } from "@/lib/actions/auth/passkey-sign-in-options";
import type { ErrorBody } from "@/lib/errors";

/** One tap: the browser offers this site's passkeys; the chosen one signs its account in. */
export function PasskeySignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<ErrorBody>();
  const [pending, startTransition] = useTransition();

  function signInWithPasskey() {
    setError(undefined);
    startTransition(async () => {
      const options = await passkeySignInOptionsAction({});
      if (!options.ok) return setError(options.error);
      const { startAuthentication } = await import("@simplewebauthn/browser"); // only when asked for
      const response = await startAuthentication({ optionsJSON: options.data }).catch(() => null);
      if (!response) return setError({ code: "unauthorized", message: "No passkey was chosen. Try again, or sign in with your password." });
      const result = await passkeySignInAction({ response, callbackUrl });
      if (result && !result.ok) setError(result.error);
    });
  }

  return (
    <div className="space-y-3">
      <FormMessage error={error} />
      <Button type="button" variant="secondary" className="w-full" pending={pending} onClick={signInWithPasskey}>
        <KeyRound className="size-4" aria-hidden /> Use a passkey
      </Button>
    </div>
  );
}
