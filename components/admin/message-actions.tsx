"use client";

import { Trash2, UserX } from "lucide-react";
import { runAction } from "@/components/admin/run-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { banMemberAction } from "@/lib/actions/admin/ban-member";
import { deleteMessageAction } from "@/lib/actions/admin/delete-message";

type Props = {
  messageId: string;
  server: { id: string; name: string };
  author: { id: string; username: string } | null;
};

/** What a moderator can do about one message. */
export function MessageActions({ messageId, server, author }: Props) {
  return (
    <div className="flex shrink-0 items-start gap-1">
      <ConfirmDialog
        trigger={
          <Button size="icon" variant="ghost" aria-label="Delete this message for everyone" className="text-danger">
            <Trash2 className="size-4" aria-hidden />
          </Button>
        }
        title="Delete this message for everyone?"
        description="Its text is erased, and every open conversation shows “This message was deleted” at once. The audit log keeps a copy for the record."
        onConfirm={() => runAction(() => deleteMessageAction({ messageId }), "Message deleted for everyone.")}
      />
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
