// Chatsphere's service worker: shows the Web Push notifications the server sends (mentions,
// replies, direct messages while no tab is open) and opens the message when one is clicked.
// Plain JavaScript served as-is from /sw.js (scope "/"); it caches nothing.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = typeof data.title === "string" && data.title ? data.title : "Chatsphere";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === "string" ? data.body : "",
      tag: typeof data.tag === "string" ? data.tag : undefined,
      renotify: typeof data.tag === "string",
      icon: "/icons/icon-192.png",
      badge: "/icons/badge-72.png",
      data: { url: sameOriginPath(data.url) },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(openMessage(sameOriginPath(event.notification.data && event.notification.data.url)));
});

/** Only paths on our own origin are opened; anything else opens the home page. */
function sameOriginPath(url) {
  try {
    const target = new URL(typeof url === "string" ? url : "/home", self.location.origin);
    return target.origin === self.location.origin ? target.pathname + target.search + target.hash : "/home";
  } catch {
    return "/home";
  }
}

/** Browsers allow focusing only while handling a click; a refused focus still leaves the tab moved. */
const focus = (client) => client.focus().catch(() => client);

/** Focuses a tab already showing the message, else moves an open tab of ours there, else opens one. */
async function openMessage(path) {
  const target = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const same = windows.find((client) => client.url === target);
  if (same) return focus(same);
  for (const client of windows) {
    if (new URL(client.url).origin !== self.location.origin || !("navigate" in client)) continue;
    try {
      const moved = await client.navigate(target);
      if (moved) return focus(moved);
    } catch {
      // Not controlled by this worker (opened before it was installed): open a new tab instead.
    }
  }
  return self.clients.openWindow(target);
}
