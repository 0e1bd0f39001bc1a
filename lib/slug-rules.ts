// What a server or channel slug may be; no dependencies, so forms can check it in the browser too.

export const MAX_SLUG_LENGTH = 48;

/**
 * Words that name pages or would read as one: a server or channel may not take them as its slug
 * (a channel called "settings" would shadow /s/<server>/settings).
 */
export const RESERVED_SLUGS = new Set([
  "admin", "api", "app", "auth", "ban", "bans", "channels", "create", "delete", "dev", "edit",
  "explore", "help", "home", "invite", "invites", "join", "leave", "login", "logout", "me", "members",
  "new", "null", "s", "search", "settings", "signin", "signout", "signup", "static", "support", "system",
  "t", "undefined", "www",
]);
