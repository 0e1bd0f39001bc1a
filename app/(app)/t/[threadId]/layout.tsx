import { loadThread } from "./load-thread";

/**
 * Checks access before the page's loading state streams: a thread the viewer can't see answers
 * a real 404 status (from inside the streamed page it could only be a 200 with a not-found page).
 */
export default async function ThreadLayout({ params, children }: LayoutProps<"/t/[threadId]">) {
  await loadThread((await params).threadId);
  return children;
}
