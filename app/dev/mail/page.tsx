import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listOutbox } from "@/lib/email/outbox";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Dev outbox" };

/** Development only: the emails the app would have sent. 404 in production or with Resend set up. */
export default async function DevMailPage() {
  if (process.env.NODE_ENV === "production" || env().RESEND_API_KEY) notFound();
  const emails = await listOutbox();
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-semibold">Dev outbox</h1>
      <p className="mt-1 text-sm text-muted">Emails are kept here in development instead of being sent. Newest first.</p>
      {emails.length === 0 ? (
        <p className="mt-10 rounded-xl border border-dashed border-border p-10 text-center text-muted">
          No emails yet. Sign up or request a password reset and they will show up here.
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {emails.map((email) => (
            <li key={email.id} className="rounded-xl border border-border bg-surface p-4">
              <p className="text-xs text-muted">
                {new Date(email.sentAt).toLocaleString()} · to <span className="font-medium text-foreground">{email.to}</span>
              </p>
              <h2 className="mt-1 font-semibold">{email.subject}</h2>
              <pre className="mt-3 whitespace-pre-wrap break-words text-sm">{linkify(email.text)}</pre>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

/** Text emails with their links clickable (the links are what a developer is here for). */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s\])]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="text-accent underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
