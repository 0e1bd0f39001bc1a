import { Lock } from "lucide-react";
import { ChannelLinks } from "@/components/servers/channel-links";
import { CreateChannelDialog } from "@/components/servers/create-channel-dialog";
import { ServerIcon } from "@/components/servers/server-icon";
import { ServerMenu } from "@/components/servers/server-menu";
import { can } from "@/lib/access/server";
import type { ServerView } from "@/lib/servers/queries";

/** The second column inside a server: its name and menu, then its channels. */
export function ServerPanel({ server }: { server: ServerView }) {
  const { access } = server;
  return (
    <nav aria-label={`${server.name} channels`} className="flex min-h-0 flex-1 flex-col">
      <div className="flex h-12 shrink-0 items-center gap-2 border-b border-border px-3 pr-10 md:pr-3">
        <ServerIcon name={server.name} icon={server.icon} className="size-7 rounded-lg text-[10px]" />
        <ServerMenu
          server={{ id: server.id, slug: server.slug, name: server.name }}
          role={access.role}
          canModerate={can.moderate(access)}
        />
        {server.visibility === "PRIVATE" && <Lock className="size-3.5 shrink-0 text-muted" aria-label="Private server" />}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-2">
        <div className="mb-1 flex items-center justify-between px-2 pt-2">
          <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">Channels</h2>
          {can.moderate(access) && <CreateChannelDialog serverId={server.id} serverSlug={server.slug} />}
        </div>
        <ChannelLinks serverSlug={server.slug} channels={server.channels} />
      </div>
    </nav>
  );
}
