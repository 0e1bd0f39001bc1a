import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { env } from "@/lib/env";
import { saveToOutbox } from "@/lib/email/outbox";

let resend: Resend | undefined;

function resendClient(apiKey: string, baseUrl?: string): Resend {
  resend ??= new Resend(apiKey, baseUrl ? { baseUrl } : undefined); // tests point baseUrl at a local endpoint
  return resend;
}

export type Email = { to: string; subject: string; body: ReactElement };

/** Renders a React Email template to HTML and text and sends it (or, in development, keeps it). */
export async function sendEmail({ to, subject, body }: Email): Promise<void> {
  const e = env();
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  if (!e.RESEND_API_KEY) {
    await saveToOutbox({ to, subject, html, text });
    return;
  }
  const { error } = await resendClient(e.RESEND_API_KEY, e.RESEND_BASE_URL).emails.send({ from: e.EMAIL_FROM, to, subject, html, text });
  if (error) throw new Error(`email to ${to} not sent: ${error.message}`);
}
