"use client";

import { SocketIdInput } from "@/components/realtime/socket-id-input";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { DELETE_CONFIRMATION, deleteAccountSchema } from "@/lib/zod/accounts";

export type OwnedServer = { name: string; successor: string | null };

/**
 * The danger zone: what deletion does (including to the servers they own), then a confirmed
 * dialog; or, when they may not delete it (`refusal`), why.
 */
export function DeleteAccount({ ownedServers, refusal }: { ownedServers: OwnedServer[]; refusal?: string }) {
  const form = useActionForm(deleteAccountAction, deleteAccountSchema);
  if (refusal) return <p className="text-sm">{refusal}</p>;
  return (
    <div className="space-y-4 text-sm">
      <ul className="list-disc space-y-1 pl-5 text-muted">
        <li>Your profile, sessions and uploads are removed, and you are signed out everywhere.</li>
        <li>Your messages stay in their conversations, shown as written by &ldquo;Deleted user&rdquo;.</li>
        {ownedServers.map((server) => (
          <li key={server.name}>
            <span className="font-medium text-foreground">{server.name}</span>{" "}
            {server.successor ? `passes to @${server.successor}.` : "is deleted: nobody else is in it."}
          </li>
        ))}
      </ul>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="danger">Delete my account…</Button>
        </DialogTrigger>
        <DialogContent title="Delete your account?" description="This cannot be undone.">
          <form {...form.props} className="space-y-4">
            <FormMessage error={form.formError} />
            <SocketIdInput />
            <Field label="Your password" error={form.error("password")}>
              {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" required autoFocus />}
            </Field>
            <Field label={`Type "${DELETE_CONFIRMATION}" to confirm`} error={form.error("confirmation")}>
              {(control) => <Input {...control} {...form.field("confirmation")} autoComplete="off" autoCapitalize="none" spellCheck={false} required />}
            </Field>
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button variant="secondary">Cancel</Button>
              </DialogClose>
              <Button type="submit" variant="danger" pending={form.pending}>
                Delete my account
              </Button>
            </div>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
