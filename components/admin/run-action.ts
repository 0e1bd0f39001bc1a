"use client";

import { toast } from "sonner";
import type { ActionResult } from "@/lib/safe-action";

/**
 * Runs an admin action from a button and says how it went in a toast. Resolves true on success
 * (a ConfirmDialog then closes; on false it stays open with the reason in the toast).
 */
export async function runAction<T>(
  call: () => Promise<ActionResult<T>>,
  success: string | ((data: T) => string),
): Promise<boolean> {
  try {
    const result = await call();
    if (!result.ok) {
      toast.error(result.error.message);
      return false;
    }
    toast.success(typeof success === "function" ? success(result.data) : success);
    return true;
  } catch {
    toast.error("Could not reach the server. Check your connection and try again.");
    return false;
  }
}
