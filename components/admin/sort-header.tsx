import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";

/** A sortable column header: a link that sorts by this column, or flips the direction. */
export function SortHeader({
  label,
  column,
  sort,
  dir,
  href,
  className,
}: {
  label: string;
  column: string;
  sort: string;
  dir: "asc" | "desc";
  href: (sort: string, dir: "asc" | "desc") => string;
  className?: string;
}) {
  const active = sort === column;
  const next = active && dir === "desc" ? "asc" : "desc";
  const Icon = !active ? ArrowUpDown : dir === "desc" ? ArrowDown : ArrowUp;
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <Link href={href(column, active ? next : "desc")} className="inline-flex items-center gap-1 hover:text-foreground">
        {label}
        <Icon className={active ? "size-3.5" : "size-3.5 opacity-40"} aria-hidden />
      </Link>
    </th>
  );
}
