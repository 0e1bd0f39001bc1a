import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { credentialsRefusal } from "@/lib/auth/credentials";
import { SecondFactorRequired } from "@/lib/auth/second-step";
import { AppError } from "@/lib/errors";

// What Auth.js's signIn() threw, as the sign-in actions need it: the refusal to show, or the
// challenge of a second step to go to.

function credentialsError(error: unknown): unknown {
  if (!(error instanceof AuthError)) return null;
  return error instanceof CredentialsSignin ? error : error.cause?.err;
}

/** What to tell the person when Auth.js refused the credentials (null: not a refusal). */
export function signInRefusal(error: unknown): AppError | null {
  if (!(error instanceof AuthError)) return null;
  return credentialsRefusal(credentialsError(error)) ?? new AppError("unauthorized", "Incorrect email or password.");
}

/** The challenge when the password was right and the account asks for a second step. */
export function secondStepChallenge(error: unknown): string | null {
  const cause = credentialsError(error);
  return cause instanceof SecondFactorRequired ? cause.challenge : null;
}
