import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { UsersTable } from "@/components/admin/users-table";
import { requireAdminPage } from "@/lib/admin/guard";
import { listHref } from "@/lib/admin/href";
import { listUsers, USERS_PER_PAGE } from "@/lib/admin/users/queries";
import { firstValues, userListParams } from "@/lib/zod/admin";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage({ searchParams }: PageProps<"/admin/users">) {
  const me = await requireAdminPage();
  const params = userListParams.parse(firstValues(await searchParams));
  const { users, total } = await listUsers(params);
  const href = (changes: Record<string, string | number>) => listHref("/admin/users", params, changes);
  return (
    <>
      <PageHeader title="Users" description="Find accounts, check their standing, and act on them." />
      <FilterForm action="/admin/users" query={params.q} placeholder="Search name, username or email">
        <FilterSelect name="status" label="Status" value={params.status} options={[{ value: "all", label: "Any status" }, { value: "active", label: "Active" }, { value: "suspended", label: "Suspended" }]} />
        <FilterSelect name="role" label="Role" value={params.role} options={[{ value: "all", label: "Any role" }, { value: "admin", label: "Admins" }, { value: "user", label: "Users" }]} />
        <FilterSelect name="verified" label="Email" value={params.verified} options={[{ value: "all", label: "Any email" }, { value: "yes", label: "Verified" }, { value: "no", label: "Unverified" }]} />
        {params.sort !== "createdAt" && <input type="hidden" name="sort" value={params.sort} />}
        {params.dir !== "desc" && <input type="hidden" name="dir" value={params.dir} />}
      </FilterForm>
      <UsersTable
        users={users}
        meId={me.id}
        sort={params.sort}
        dir={params.dir}
        sortHref={Object.fromEntries(
          (["createdAt", "lastSeenAt", "username", "email"] as const).flatMap((column) =>
            (["asc", "desc"] as const).map((dir) => [`${column}:${dir}`, href({ sort: column, dir, page: 1 })]),
          ),
        )}
        filtered={Boolean(params.q || params.status !== "all" || params.role !== "all" || params.verified !== "all")}
      />
      <Pagination page={params.page} pageSize={USERS_PER_PAGE} total={total} noun={total === 1 ? "user" : "users"} href={(page) => href({ page })} />
    </>
  );
}
