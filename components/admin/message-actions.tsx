"use client";

import { UserX } from "lucide-react";
import { runAction } from "@/components/admin/run-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { banMemberAction } from "@/lib/actions/admin/ban-member";

type Props = {
  server: { id: string; name: string };
  author: { id: string; username: string } | null;
};

/** What a moderator can do about one message. */
export function MessageActions({ server, author }: Props) {
  return (
    <div className="flex shrink-0 items-start gap-1">
      {author && (
        <ConfirmDialog
          trigger={
            <Button size="icon" variant="ghost" aria-label={`Ban @${author.username} from ${server.name}`} className="text-danger">
              <UserX className="size-4" aria-hidden />
            </Button>
          }
          title={`Ban @${author.username} from ${server.name}?`}
          description="They lose access to the server at once and can't rejoin, even with an invite, until unbanned. Their messages stay."
          confirmLabel="Ban"
          onConfirm={() => runAction(() => banMemberAction({ serverId: server.id, userId: author.id }), `Banned @${author.username} from ${server.name}.`)}
        />
      )}
    </div>
  );
}
