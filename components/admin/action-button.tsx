"use client";

import { useTransition } from "react";
import { runAction } from "@/components/admin/run-action";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { ActionResult } from "@/lib/safe-action";

/** A button that runs a non-destructive admin action, shows it pending, and toasts the outcome. */
export function ActionButton<T>({
  action,
  success,
  ...props
}: Omit<ButtonProps, "onClick" | "pending" | "action"> & { action: () => Promise<ActionResult<T>>; success: string }) {
  const [pending, startTransition] = useTransition();
  return <Button {...props} pending={pending} onClick={() => startTransition(async () => void (await runAction(action, success)))} />;
}
