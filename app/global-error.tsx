"use client";

// Last resort when the root layout itself fails: plain HTML, no stack trace, a way back.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh", margin: 0 }}>
        <main style={{ textAlign: "center", padding: 16 }}>
          <h1>Something went wrong</h1>
          <p>Chatsphere couldn&apos;t load. Please try again in a moment.</p>
          {error.digest && <p style={{ fontSize: 12, color: "#666" }}>Reference: {error.digest}</p>}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload is the point here */}
          <a href="/">Reload</a>
        </main>
      </body>
    </html>
  );
}
