"use client";

import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button, type ButtonProps } from "@/components/ui/button";
import { resendVerificationEmailAction } from "@/lib/actions/account/resend-verification-email";

/** "Resend verification email" for the signed-in person; the outcome is a toast. */
export function ResendVerificationButton(props: Omit<ButtonProps, "onClick" | "pending">) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      {...props}
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await resendVerificationEmailAction({});
          if (result.ok) toast.success(`We sent a new link to ${result.data.email}.`);
          else toast.error(result.error.message);
        })
      }
    >
      Resend verification email
    </Button>
  );
}
