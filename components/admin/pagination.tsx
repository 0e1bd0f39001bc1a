import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";

/** "Page 2 of 7 · 160 users" with previous/next links (hrefs built by the page). */
export function Pagination({
  page,
  pageSize,
  total,
  noun,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: string;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3 text-sm text-muted">
      <p>
        Page {Math.min(page, pages)} of {pages} · {total.toLocaleString("en")} {noun}
      </p>
      <div className="flex gap-2">
        <PageLink href={page > 1 ? href(page - 1) : null} label="Previous">
          <ChevronLeft className="size-4" aria-hidden /> Previous
        </PageLink>
        <PageLink href={page < pages ? href(page + 1) : null} label="Next">
          Next <ChevronRight className="size-4" aria-hidden />
        </PageLink>
      </div>
    </nav>
  );
}

/** "Older" for newest-first lists paged by cursor. */
export function OlderLink({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <div className="mt-4 flex justify-center">
      <Button asChild variant="secondary" size="sm">
        <Link href={href}>
          Older <ChevronRight className="size-4" aria-hidden />
        </Link>
      </Button>
    </div>
  );
}

function PageLink({ href, label, children }: { href: string | null; label: string; children: React.ReactNode }) {
  if (!href) {
    return (
      <Button variant="secondary" size="sm" disabled aria-label={label}>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="secondary" size="sm">
      <Link href={href} aria-label={label}>
        {children}
      </Link>
    </Button>
  );
}
