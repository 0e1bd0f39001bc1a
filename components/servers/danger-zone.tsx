"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { deleteServerAction } from "@/lib/actions/servers/delete";
import { transferOwnershipAction } from "@/lib/actions/servers/transfer-ownership";

type Candidate = { id: string; fullName: string; username: string };

/** Hand the server over (owner), or delete it (owner, admins). */
export function DangerZone({ server, candidates, canTransfer, canDelete }: { server: { id: string; name: string; slug: string }; candidates: Candidate[]; canTransfer: boolean; canDelete: boolean }) {
  const router = useRouter();
  const [newOwner, setNewOwner] = useState("");
  const chosen = candidates.find((c) => c.id === newOwner);
  return (
    <div className="space-y-6">
      {canTransfer && (
        <div className="space-y-3">
          <Field label="Hand the server over" hint="The new owner gets full control; you stay on as a moderator and may then leave.">
            {(control) => (
              <Select {...control} value={newOwner} onChange={(event) => setNewOwner(event.target.value)} disabled={candidates.length === 0}>
                <option value="">{candidates.length === 0 ? "No other members yet" : "Choose a member"}</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.fullName} (@{c.username})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <ConfirmDialog
            trigger={
              <Button variant="secondary" disabled={!chosen}>
                Transfer ownership
              </Button>
            }
            title={`Make ${chosen?.fullName ?? "them"} the owner?`}
            description={`You will no longer own ${server.name}. Only the new owner can give it back.`}
            confirmLabel="Transfer"
            onConfirm={async () => {
              const result = await transferOwnershipAction({ serverId: server.id, userId: newOwner });
              if (!toastOutcome(result, (data) => `${data.newOwner} now owns ${server.name}`)) return false;
              router.push(`/s/${server.slug}`);
            }}
          />
        </div>
      )}
      {canDelete && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-danger/40 p-4">
          <div>
            <p className="text-sm font-medium">Delete this server</p>
            <p className="text-xs text-muted">All channels and messages are deleted for everyone. This can&apos;t be undone.</p>
          </div>
          <ConfirmDialog
            trigger={<Button variant="danger">Delete server</Button>}
            title={`Delete ${server.name}?`}
            description="All of its channels and messages are deleted for everyone. This can't be undone."
            confirmLabel="Delete server"
            onConfirm={async () => {
              if (!toastOutcome(await deleteServerAction({ serverId: server.id }), `${server.name} was deleted`)) return false;
              router.push("/home");
            }}
          />
        </div>
      )}
    </div>
  );
}
