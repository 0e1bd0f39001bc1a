import type { RecordedEmail } from "./mail-server";

/** Emails the app sent to `to`, as recorded by the test Resend endpoint (oldest first). */
export async function emailsTo(to: string): Promise<RecordedEmail[]> {
  const response = await fetch(`${process.env.MAIL_SERVER_URL}/__emails?to=${encodeURIComponent(to)}`);
  return response.json();
}

/** Waits for an email to `to` (optionally matching `subject`) and returns the first link in it. */
export async function waitForEmail(to: string, subject?: RegExp, timeoutMs = 10_000): Promise<RecordedEmail & { link: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = (await emailsTo(to)).reverse().find((e) => !subject || subject.test(e.subject));
    if (match) {
      const link = match.text.match(/https?:\/\/\S+/)?.[0] ?? "";
      return { ...match, link };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no email to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms`);
}
