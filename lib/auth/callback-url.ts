/**
 * Where to go after signing in: a path on this site, or /home. Absolute URLs, protocol-relative
 * "//host" and backslash tricks are refused so the sign-in page cannot redirect off-site.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/home"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://chatsphere.invalid");
    if (url.origin !== "http://chatsphere.invalid") return fallback;
    if (url.pathname === "/signin" || url.pathname === "/signup") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
