"use client";

import { Button } from "@/components/ui/button";

/** The one error page. Details (and the stack) stay in the server logs; users get a digest to quote. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60dvh] flex-1 flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="max-w-sm text-muted">We couldn&apos;t load this page. Your data is safe — please try again.</p>
      {process.env.NODE_ENV === "development" && <pre className="max-w-xl overflow-auto text-left text-xs text-danger">{error.message}</pre>}
      {error.digest && <p className="text-xs text-muted">Reference: {error.digest}</p>}
      <Button onClick={reset} className="mt-2">
        Try again
      </Button>
    </main>
  );
}
