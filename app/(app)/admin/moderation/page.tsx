import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { ModerationList } from "@/components/admin/moderation-list";
import { PageHeader } from "@/components/admin/page-header";
import { OlderLink } from "@/components/admin/pagination";
import { Input } from "@/components/ui/input";
import { requireAdminPage } from "@/lib/admin/guard";
import { listHref } from "@/lib/admin/href";
import { listRecentMessages, moderationFilterOptions } from "@/lib/admin/moderation/queries";
import { firstValues, messageListParams } from "@/lib/zod/admin";

export const metadata: Metadata = { title: "Moderation" };

export default async function AdminModerationPage({ searchParams }: PageProps<"/admin/moderation">) {
  await requireAdminPage();
  const params = messageListParams.parse(firstValues(await searchParams));
  const [{ messages, nextCursor }, options] = await Promise.all([listRecentMessages(params), moderationFilterOptions(params.server)]);
  const { before, ...filters } = params;
  const filtered = Boolean(params.server || params.channel || params.author || params.q);
  return (
    <>
      <PageHeader title="Moderation" description="Recent messages in server channels, newest first. Delete what breaks the rules; ban repeat offenders from the server." />
      <FilterForm action="/admin/moderation" query={params.q} placeholder="Text in the message">
        <label className="min-w-36 flex-1 sm:flex-none">
          <span className="sr-only">Author (username)</span>
          <Input name="author" defaultValue={params.author} placeholder="Author (username)" className="sm:w-44" />
        </label>
        <FilterSelect name="server" label="Server" value={params.server} options={[{ value: "", label: "Any server" }, ...options.servers.map((s) => ({ value: s.id, label: s.name }))]} />
        {params.server && (
          <FilterSelect name="channel" label="Channel" value={params.channel} options={[{ value: "", label: "Any channel" }, ...options.channels.map((c) => ({ value: c.id, label: `#${c.name}` }))]} />
        )}
      </FilterForm>
      <ModerationList messages={messages} filtered={filtered} older={Boolean(before)} />
      <OlderLink href={nextCursor ? listHref("/admin/moderation", { ...filters, before: nextCursor }) : null} />
    </>
  );
}
