import "server-only";
import { AppError } from "@/lib/errors";

/** The link exists once the transaction commits; if the email itself fails, say so plainly. */
export async function sendOrExplain(send: () => Promise<unknown>) {
  try {
    await send();
  } catch (error) {
    console.error("admin: email not sent:", error);
    throw new AppError("internal", "The link was created but the email could not be sent. Try again in a moment.");
  }
}
