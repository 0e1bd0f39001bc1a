import type { ExternalToast } from "sonner";

// Toasts say how background work went (sent, failed, reconnected…). sonner is loaded with the
// first one rather than with every page: <Toaster> (components/ui/toaster.tsx) appears then, and
// the toast is shown once it is listening, so screen readers find its live region in place.

type Sonner = typeof import("sonner");

let sonner: Sonner | null = null;
let loading: Promise<Sonner> | null = null;
const listeners = new Set<() => void>();
let markMounted: () => void = () => {};
const mounted = new Promise<void>((resolve) => (markMounted = resolve));

function load(): Promise<Sonner> {
  loading ??= import("sonner").then(
    (module) => {
      sonner = module;
      listeners.forEach((listener) => listener());
      return module;
    },
    (error) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

async function show(kind: "success" | "error", message: string, options?: ExternalToast) {
  const { toast } = await load();
  await mounted;
  setTimeout(() => toast[kind](message, options));
}

export const toast = {
  success: (message: string, options?: ExternalToast) => void show("success", message, options).catch(() => {}),
  error: (message: string, options?: ExternalToast) => void show("error", message, options).catch(() => {}),
};

/** For <Toaster>: sonner once a toast has asked for it. */
export const toasterStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => sonner,
  getServer: () => null,
  mounted: () => markMounted(),
};
