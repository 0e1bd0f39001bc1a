"use server";

import { resendVerification } from "@/lib/accounts/verification";
import { userAction } from "@/lib/safe-action";
import { z } from "zod";

/** The banner's "Resend verification email", for the signed-in person's own address. */
export const resendVerificationEmailAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => resendVerification(ctx.user));
