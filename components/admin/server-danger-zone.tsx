"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Crown, Trash2 } from "lucide-react";
import { runAction } from "@/components/admin/run-action";
import { PeoplePicker, type PersonOption } from "@/components/people/people-picker";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteServerAction } from "@/lib/actions/admin/delete-server";
import { findUsersAction } from "@/lib/actions/admin/find-users";
import { transferServerAction } from "@/lib/actions/admin/transfer-server";

const findPeople = (q: string) => findUsersAction({ q });

/** Ownership and deletion of a server: both confirmed first. */
export function ServerDangerZone({ server }: { server: { id: string; name: string } }) {
  const router = useRouter();
  const [newOwner, setNewOwner] = useState<PersonOption[]>([]);
  const [error, setError] = useState<string>();
  return (
    <Card className="h-fit space-y-3 p-4">
      <h2 className="font-semibold">Ownership and deletion</h2>
      <ConfirmDialog
        trigger={
          <Button variant="secondary" className="w-full justify-start">
            <Crown className="size-4" aria-hidden /> Transfer ownership
          </Button>
        }
        title={`Transfer ${server.name}`}
        description="Choose one of its members. The current owner stays on as a moderator."
        confirmLabel="Transfer"
        onConfirm={async () => {
          const chosen = newOwner[0];
          if (!chosen) {
            setError("Choose the new owner");
            return false;
          }
          setError(undefined);
          const ok = await runAction(() => transferServerAction({ serverId: server.id, userId: chosen.id }), `@${chosen.username} now owns ${server.name}.`);
          if (ok) setNewOwner([]);
          return ok;
        }}
      >
        <PeoplePicker find={findPeople} name="userId" max={1} label="New owner" placeholder="Type a name, username or email" value={newOwner} onChange={setNewOwner} invalid={Boolean(error)} />
        {error && (
          <p role="alert" className="mt-1.5 text-xs font-medium text-danger">
            {error}
          </p>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        trigger={
          <Button variant="secondary" className="w-full justify-start text-danger">
            <Trash2 className="size-4" aria-hidden /> Delete server
          </Button>
        }
        title={`Delete ${server.name}?`}
        description="Its channels, every message in them, its members and invites are removed for good. This can't be undone."
        confirmLabel="Delete server"
        onConfirm={async () => {
          const ok = await runAction(() => deleteServerAction({ serverId: server.id }), `Deleted ${server.name}.`);
          if (ok) router.replace("/admin/servers");
          return ok;
        }}
      />
    </Card>
  );
}
