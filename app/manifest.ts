import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): Chatsphere installs as an app that opens on home. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Chatsphere",
    short_name: "Chatsphere",
    description: "Real-time chat for communities: servers, channels, direct threads.",
    id: "/home",
    start_url: "/home",
    scope: "/",
    display: "standalone",
    background_color: "#1b1b22",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
