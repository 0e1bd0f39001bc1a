"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { toast } from "sonner";
import { ServerFormFields } from "@/components/servers/server-form-fields";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Tooltip } from "@/components/ui/tooltip";
import { useActionForm } from "@/components/ui/use-action-form";
import { createServerAction } from "@/lib/actions/servers/create";
import { createServerSchema } from "@/lib/zod/servers";

type Category = { id: string; name: string };

/** The rail's "+" button and its dialog; a custom trigger can replace the button (home page). */
export function CreateServerDialog({ categories, canCreate, trigger }: { categories: Category[]; canCreate: boolean; trigger?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? (
        <DialogTrigger asChild>{trigger}</DialogTrigger>
      ) : (
        <Tooltip content="Create a server" side="right">
          <DialogTrigger className="flex size-11 items-center justify-center rounded-2xl bg-surface-muted text-success transition-colors hover:bg-success hover:text-white" aria-label="Create a server">
            <Plus className="size-5" aria-hidden />
          </DialogTrigger>
        </Tooltip>
      )}
      <DialogContent title="Create a server" description="A home for your community. You can change all of this later." className="max-w-lg">
        {canCreate ? (
          <CreateServerForm categories={categories} onCreated={() => setOpen(false)} />
        ) : (
          <Banner tone="warning">Verify your email address to create servers: check your inbox for the link.</Banner>
        )}
      </DialogContent>
    </Dialog>
  );
}

function CreateServerForm({ categories, onCreated }: { categories: Category[]; onCreated: () => void }) {
  const router = useRouter();
  const form = useActionForm(createServerAction, createServerSchema, {
    onSuccess(server) {
      toast.success(`${server.name} is ready`);
      onCreated();
      router.push(`/s/${server.slug}`);
    },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <ServerFormFields form={form} categories={categories} />
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Create server
        </Button>
      </div>
    </form>
  );
}
