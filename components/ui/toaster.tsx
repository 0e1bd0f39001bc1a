"use client";

import { useTheme } from "next-themes";
import { useEffect, useSyncExternalStore } from "react";
import { toasterStore } from "@/components/ui/toast";

/** Where toasts appear: `import { toast } from "@/components/ui/toast"`. Rendered from the first toast on. */
export function Toaster() {
  const sonner = useSyncExternalStore(toasterStore.subscribe, toasterStore.get, toasterStore.getServer);
  const { resolvedTheme } = useTheme();
  useEffect(() => {
    if (sonner) toasterStore.mounted();
  }, [sonner]);
  if (!sonner) return null;
  return <sonner.Toaster theme={resolvedTheme === "dark" ? "dark" : "light"} position="bottom-right" closeButton richColors />;
}
