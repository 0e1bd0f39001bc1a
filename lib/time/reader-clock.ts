import "server-only";
import { cookies, headers } from "next/headers";
import { CLOCK_COOKIE, type Clock } from "@/lib/time/clock";
import { acceptLanguageSchema, clockCookieSchema } from "@/lib/zod/messages";

/**
 * The reader's clock for rendering times on the server: what their browser remembered, else
 * their first language in UTC (the browser then re-renders the times in its own zone, once).
 */
export async function readerClock(): Promise<Clock> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const remembered = clockCookieSchema.safeParse(jar.get(CLOCK_COOKIE)?.value);
  if (remembered.success) return remembered.data;
  const language = acceptLanguageSchema.safeParse(head.get("accept-language"));
  return { locale: language.success ? language.data : "en-US", timeZone: "UTC" };
}
