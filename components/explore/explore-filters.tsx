"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { LoaderCircle, Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { exploreHref, type ExploreQuery } from "@/lib/zod/explore";

type Category = { name: string; slug: string };

const sorts = [
  { value: "members", label: "Most members" },
  { value: "activity", label: "Most active" },
  { value: "newest", label: "Newest" },
] as const;

/**
 * Search box, category and sort, kept in the URL (shareable; the back button works): typing
 * updates the results after a short pause, in place; choosing a filter adds a history entry.
 */
export function ExploreFilters({ query, categories }: { query: ExploreQuery; categories: Category[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [text, setText] = useState(query.q);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Back/forward (or a link) changed the query: show it.
  const [shownQ, setShownQ] = useState(query.q);
  if (shownQ !== query.q) {
    setShownQ(query.q);
    setText(query.q);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function go(next: Partial<ExploreQuery>, mode: "push" | "replace") {
    clearTimeout(timer.current);
    const href = exploreHref({ q: text.trim(), category: query.category, sort: query.sort, ...next, cursor: undefined });
    if (pathname !== "/explore") return;
    startTransition(() => (mode === "push" ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false })));
  }

  return (
    <form
      role="search"
      className="flex flex-col gap-2 sm:flex-row"
      onSubmit={(event) => {
        event.preventDefault();
        go({ q: text.trim() }, "push");
      }}
    >
      <label className="relative min-w-0 flex-1">
        <span className="sr-only">Search servers</span>
        <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
        <Input
          type="search"
          name="q"
          value={text}
          maxLength={100}
          placeholder="Search by name, topic or channel"
          className="pl-9 pr-9"
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => go({ q: value.trim() }, "replace"), 300);
          }}
        />
        {pending && <LoaderCircle className="absolute right-3 top-1/2 size-4 -translate-y-1/2 animate-spin text-muted" aria-label="Searching" />}
      </label>
      <div className="grid grid-cols-2 gap-2 sm:flex">
        <label className="sm:w-44">
          <span className="sr-only">Category</span>
          <Select name="category" value={query.category} onChange={(event) => go({ category: event.target.value }, "push")}>
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="sm:w-40">
          <span className="sr-only">Sort by</span>
          <Select name="sort" value={query.sort} onChange={(event) => go({ sort: event.target.value as ExploreQuery["sort"] }, "push")}>
            {sorts.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </Select>
        </label>
      </div>
    </form>
  );
}
