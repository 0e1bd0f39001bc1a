import type { Metadata } from "next";
import Link from "next/link";
import { Server } from "lucide-react";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { RelativeTime } from "@/components/admin/relative-time";
import { SortHeader } from "@/components/admin/sort-header";
import { Table, TableHead } from "@/components/admin/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { listCategories } from "@/lib/admin/categories/queries";
import { requireAdminPage } from "@/lib/admin/guard";
import { listHref } from "@/lib/admin/href";
import { listServers, SERVERS_PER_PAGE } from "@/lib/admin/servers/queries";
import { firstValues, serverListParams } from "@/lib/zod/admin";

export const metadata: Metadata = { title: "Servers" };

export default async function AdminServersPage({ searchParams }: PageProps<"/admin/servers">) {
  await requireAdminPage();
  const params = serverListParams.parse(firstValues(await searchParams));
  const [{ servers, total }, categories] = await Promise.all([listServers(params), listCategories()]);
  const href = (changes: Record<string, string | number>) => listHref("/admin/servers", params, changes);
  const sortHeader = (label: string, column: string, className?: string) => (
    <SortHeader label={label} column={column} sort={params.sort} dir={params.dir} href={(sort, dir) => href({ sort, dir, page: 1 })} className={className} />
  );
  const filtered = Boolean(params.q || params.category || params.visibility !== "all");
  return (
    <>
      <PageHeader title="Servers" description="Every community, public and private. Open one to edit it, its channels or its owner." />
      <FilterForm action="/admin/servers" query={params.q} placeholder="Search name or slug">
        <FilterSelect name="category" label="Category" value={params.category} options={[{ value: "", label: "Any category" }, ...categories.map((c) => ({ value: c.id, label: c.name }))]} />
        <FilterSelect name="visibility" label="Visibility" value={params.visibility} options={[{ value: "all", label: "Public and private" }, { value: "public", label: "Public" }, { value: "private", label: "Private" }]} />
        {params.sort !== "createdAt" && <input type="hidden" name="sort" value={params.sort} />}
        {params.dir !== "desc" && <input type="hidden" name="dir" value={params.dir} />}
      </FilterForm>
      {servers.length === 0 ? (
        <EmptyState
          icon={Server}
          title={filtered ? "No servers match" : "No servers yet"}
          description={filtered ? "Try another search or clear the filters." : "Servers people create appear here."}
          action={filtered ? <Link href="/admin/servers" className="text-sm text-accent hover:underline">Clear filters</Link> : undefined}
        />
      ) : (
        <Table label="Servers">
          <TableHead>
            <tr>
              {sortHeader("Server", "name")}
              <th scope="col" className="hidden md:table-cell">Owner</th>
              <th scope="col" className="hidden lg:table-cell">Category</th>
              {sortHeader("Members", "memberCount", "text-right")}
              {sortHeader("Active", "lastActivityAt", "hidden sm:table-cell")}
              {sortHeader("Created", "createdAt", "hidden xl:table-cell")}
            </tr>
          </TableHead>
          <tbody>
            {servers.map((server) => (
              <tr key={server.id}>
                <td className="max-w-72">
                  <Link href={`/admin/servers/${server.id}`} className="block truncate font-medium hover:underline">
                    {server.name}
                  </Link>
                  <div className="flex items-center gap-2 text-xs text-muted">
                    <span className="truncate">/{server.slug}</span>
                    {server.visibility === "PRIVATE" && <Badge>Private</Badge>}
                    <span className="whitespace-nowrap">{server._count.channels} channel{server._count.channels === 1 ? "" : "s"}</span>
                  </div>
                </td>
                <td className="hidden md:table-cell">
                  <Link href={`/admin/users/${server.owner.id}`} className="hover:underline">
                    @{server.owner.username}
                  </Link>
                </td>
                <td className="hidden text-muted lg:table-cell">{server.category.name}</td>
                <td className="text-right tabular-nums">{server.memberCount.toLocaleString("en")}</td>
                <td className="hidden whitespace-nowrap text-muted sm:table-cell">
                  <RelativeTime date={server.lastActivityAt} />
                </td>
                <td className="hidden whitespace-nowrap text-muted xl:table-cell">
                  <RelativeTime date={server.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={params.page} pageSize={SERVERS_PER_PAGE} total={total} noun={total === 1 ? "server" : "servers"} href={(page) => href({ page })} />
    </>
  );
}
