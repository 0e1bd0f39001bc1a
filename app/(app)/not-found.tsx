import { NotFoundMessage } from "@/components/layout/not-found-message";

/** A 404 inside the signed-in shell (header kept): unknown pages, and pages the user may not see. */
export default function NotFound() {
  return <NotFoundMessage className="min-w-0 flex-1 py-12" />;
}
