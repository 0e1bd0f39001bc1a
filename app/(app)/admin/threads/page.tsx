import type { Metadata } from "next";
import Link from "next/link";
import { MessagesSquare } from "lucide-react";
import { FilterForm } from "@/components/admin/filter-form";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { RelativeTime } from "@/components/admin/relative-time";
import { Table, TableHead } from "@/components/admin/table";
import { ThreadCreateForm } from "@/components/admin/thread-create-form";
import { ThreadDeleteButton } from "@/components/admin/thread-delete-button";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireAdminPage } from "@/lib/admin/guard";
import { listHref } from "@/lib/admin/href";
import { listThreads, THREADS_PER_PAGE } from "@/lib/admin/threads/queries";
import { firstValues, threadListParams } from "@/lib/zod/admin";

export const metadata: Metadata = { title: "Threads" };

export default async function AdminThreadsPage({ searchParams }: PageProps<"/admin/threads">) {
  await requireAdminPage();
  const params = threadListParams.parse(firstValues(await searchParams));
  const { threads, total } = await listThreads(params);
  return (
    <>
      <PageHeader title="Threads" description="Direct conversations between people. Their messages stay private: only who and how much is shown." />
      <Card className="mb-6 p-4 sm:p-5">
        <h2 className="mb-3 font-semibold">New thread</h2>
        <ThreadCreateForm />
      </Card>
      <FilterForm action="/admin/threads" query={params.q} placeholder="Participant's name or username" />
      {threads.length === 0 ? (
        <EmptyState
          icon={MessagesSquare}
          title={params.q ? "No threads match" : "No threads yet"}
          description={params.q ? "Try another name." : "Direct threads people start appear here."}
          action={params.q ? <Link href="/admin/threads" className="text-sm text-accent hover:underline">Clear search</Link> : undefined}
        />
      ) : (
        <Table label="Threads">
          <TableHead>
            <tr>
              <th scope="col">Participants</th>
              <th scope="col" className="text-right">Messages</th>
              <th scope="col" className="hidden sm:table-cell">Last message</th>
              <th scope="col" className="hidden md:table-cell">Started</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </TableHead>
          <tbody>
            {threads.map((thread) => {
              const people = thread.participants.map((p) => p.user);
              const label = thread.title ?? people.map((p) => p.fullName).join(", ");
              return (
                <tr key={thread.id}>
                  <td className="max-w-96">
                    <div className="flex items-center gap-3">
                      <div className="flex shrink-0 -space-x-2">
                        {people.slice(0, 3).map((p) => (
                          <Avatar key={p.id} name={p.fullName} src={p.image} size="sm" className="ring-2 ring-surface" />
                        ))}
                      </div>
                      <div className="min-w-0">
                        {thread.title && <p className="truncate font-medium">{thread.title}</p>}
                        <p className={thread.title ? "truncate text-xs text-muted" : "truncate font-medium"}>
                          {people.map((p, i) => (
                            <span key={p.id}>
                              {i > 0 && ", "}
                              <Link href={`/admin/users/${p.id}`} className="hover:underline">
                                @{p.username}
                              </Link>
                            </span>
                          ))}
                        </p>
                      </div>
                    </div>
                  </td>
                  <td className="text-right tabular-nums">{thread.conversation.lastSeq.toLocaleString("en")}</td>
                  <td className="hidden whitespace-nowrap text-muted sm:table-cell">
                    <RelativeTime date={thread.conversation.lastMessageAt} empty="none yet" />
                  </td>
                  <td className="hidden whitespace-nowrap text-muted md:table-cell">
                    <RelativeTime date={thread.createdAt} />
                  </td>
                  <td className="text-right">
                    <ThreadDeleteButton threadId={thread.id} label={label} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination page={params.page} pageSize={THREADS_PER_PAGE} total={total} noun={total === 1 ? "thread" : "threads"} href={(page) => listHref("/admin/threads", params, { page })} />
    </>
  );
}
