import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * A public server as a signed-out visitor sees it: its profile and channels (read-only pages
 * under /explore/<server>), or null when there is no public server by that slug — a private one
 * answers the same as none. Memoised per request.
 */
export const publicServer = cache((slug: string) =>
  db.server.findFirst({
    where: { slug, visibility: "PUBLIC" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      icon: true,
      memberCount: true,
      channels: { where: { private: false }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, slug: true, topic: true, conversationId: true } },
    },
  }),
);

export type PublicServer = NonNullable<Awaited<ReturnType<typeof publicServer>>>;
