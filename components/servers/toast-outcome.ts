import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/safe-action";

/** Tells the user how an action went: its refusal, or `success`. True when it succeeded. */
export function toastOutcome<T>(result: ActionResult<T>, success: string | ((data: T) => string)): result is { ok: true; data: T } {
  if (!result.ok) {
    toast.error(result.error.message);
    return false;
  }
  toast.success(typeof success === "function" ? success(result.data) : success);
  return true;
}
