// Whose calendar and language message times are shown in. Browsers use their own (an empty
// Clock: Intl's defaults); a page rendered on the server uses the reader's, remembered in the
// CLOCK_COOKIE by their browser, so that the HTML and the browser's first render agree.

export type Clock = { locale?: string; timeZone?: string };

export const CLOCK_COOKIE = "clock";

/** The cookie's value: "<locale>|<time zone>", e.g. "en-GB|Europe/London" (no character needs escaping). */
export function clockCookieValue(clock: Required<Clock>): string {
  return `${clock.locale}|${clock.timeZone}`;
}
