"use client";

import Link from "next/link";
import { useState } from "react";
import { Users } from "lucide-react";
import { BulkUserActions } from "@/components/admin/bulk-user-actions";
import { RelativeTime } from "@/components/admin/relative-time";
import { SortHeader } from "@/components/admin/sort-header";
import { Table, TableHead } from "@/components/admin/table";
import { UserBadges } from "@/components/admin/user-badges";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState } from "@/components/ui/empty-state";
import type { UserRow } from "@/lib/admin/users/queries";

type Sort = "createdAt" | "lastSeenAt" | "username" | "email";

/** The users table with row selection for bulk actions. */
export function UsersTable({
  users,
  meId,
  sort,
  dir,
  sortHref,
  filtered,
}: {
  users: UserRow[];
  meId: string;
  sort: Sort;
  dir: "asc" | "desc";
  /** "<column>:<dir>" → the URL sorting that way. */
  sortHref: Record<string, string>;
  filtered: boolean;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const visible = new Set(users.map((u) => u.id));
  const chosen = [...selected].filter((id) => visible.has(id));
  const selectable = users.filter((u) => u.id !== meId);
  const allChosen = selectable.length > 0 && selectable.every((u) => selected.has(u.id));

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  if (users.length === 0) {
    return (
      <EmptyState
        icon={Users}
        title={filtered ? "No users match" : "No users yet"}
        description={filtered ? "Try another search or clear the filters." : "People who sign up appear here."}
        action={filtered ? <Link href="/admin/users" className="text-sm text-accent hover:underline">Clear filters</Link> : undefined}
      />
    );
  }

  const header = (label: string, column: Sort, className?: string) => (
    <SortHeader label={label} column={column} sort={sort} dir={dir} href={(c, d) => sortHref[`${c}:${d}`] ?? "#"} className={className} />
  );

  return (
    <>
      <BulkUserActions userIds={chosen} onDone={() => setSelected(new Set())} />
      <Table label="Users">
        <TableHead>
          <tr>
            <th scope="col" className="w-10">
              <input
                type="checkbox"
                aria-label="Select all users on this page"
                className="size-4 accent-[var(--accent)]"
                checked={allChosen}
                onChange={(event) => setSelected(event.target.checked ? new Set(selectable.map((u) => u.id)) : new Set())}
              />
            </th>
            {header("User", "username")}
            {header("Email", "email", "hidden md:table-cell")}
            {header("Joined", "createdAt", "hidden lg:table-cell")}
            {header("Last seen", "lastSeenAt", "hidden sm:table-cell")}
          </tr>
        </TableHead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={selected.has(user.id) ? "bg-accent-soft/50" : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select @${user.username}`}
                  className="size-4 accent-[var(--accent)]"
                  disabled={user.id === meId}
                  checked={selected.has(user.id)}
                  onChange={(event) => toggle(user.id, event.target.checked)}
                />
              </td>
              <td>
                <div className="flex min-w-0 items-center gap-3">
                  <Avatar name={user.fullName} src={user.image} size="sm" />
                  <div className="min-w-0">
                    <Link href={`/admin/users/${user.id}`} className="block truncate font-medium hover:underline">
                      {user.fullName}
                    </Link>
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
                      <span>@{user.username}</span>
                      <UserBadges user={user} />
                    </div>
                    <div className="truncate text-xs text-muted md:hidden">{user.email}</div>
                  </div>
                </div>
              </td>
              <td className="hidden max-w-64 truncate text-muted md:table-cell">{user.email}</td>
              <td className="hidden whitespace-nowrap text-muted lg:table-cell">
                <RelativeTime date={user.createdAt} />
              </td>
              <td className="hidden whitespace-nowrap text-muted sm:table-cell">
                <RelativeTime date={user.lastSeenAt} empty="never" />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
