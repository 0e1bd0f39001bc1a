"use client";

import { toast } from "@/components/ui/toast";
import { toastOutcome } from "@/components/servers/toast-outcome";
import type { ActionResult } from "@/lib/safe-action";

/**
 * Runs an admin action from a button and says how it went in a toast, a lost connection
 * included. Resolves true on success (a ConfirmDialog then closes; on false it stays open).
 */
export async function runAction<T>(call: () => Promise<ActionResult<T>>, success: string | ((data: T) => string)): Promise<boolean> {
  try {
    return toastOutcome(await call(), success);
  } catch {
    toast.error("Could not reach the server. Check your connection and try again.");
    return false;
  }
}
