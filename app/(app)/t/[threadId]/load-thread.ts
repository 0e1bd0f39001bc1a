import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { threadForViewer } from "@/lib/threads/queries";
import { id } from "@/lib/zod/fields";

/** The thread the viewer may see, once per request (layout, metadata and page), or notFound(). */
export const loadThread = cache(async (threadId: string) => {
  const user = await requireUser();
  const parsed = id.safeParse(threadId);
  const thread = parsed.success ? await threadForViewer(user.id, parsed.data) : null;
  if (!thread) notFound();
  return { user, thread };
});
