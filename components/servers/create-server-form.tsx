"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { ServerFormFields } from "@/components/servers/server-form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createServerAction } from "@/lib/actions/servers/create";
import { createServerSchema } from "@/lib/zod/servers";

type Category = { id: string; name: string };

/** The create-server dialog's form (loaded when the dialog opens: it brings the zod schema). */
export function CreateServerForm({ categories, onCreated }: { categories: Category[]; onCreated: () => void }) {
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
