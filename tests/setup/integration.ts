import { afterEach, vi } from "vitest";
import { flushAfter, queueAfter } from "../support/after";
import { currentRequest, setDefaultRequest } from "../support/request-context";

// Integration tests call server actions and route handlers directly. Only the Next.js request
// plumbing is replaced: the cookie → session id decoding (lib/auth's auth()) and next/headers.
// Everything behind them (session rows, users, permissions, the database, Soketi) is real.

vi.mock("@/lib/auth", () => ({
  auth: async () => {
    const { sessionId } = currentRequest();
    return sessionId ? { sessionId, user: {}, expires: new Date(Date.now() + 3600_000).toISOString() } : null;
  },
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));

vi.mock("next/headers", () => ({
  headers: async () => currentRequest().headers,
  cookies: async () => {
    const jar = new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
      has: (name: string) => jar.has(name),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    };
  },
}));

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: queueAfter }));

afterEach(async () => {
  await flushAfter();
  setDefaultRequest({ headers: new Headers() });
});
