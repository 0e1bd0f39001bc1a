"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { ServerFormFields } from "@/components/servers/server-form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateServerAction } from "@/lib/actions/servers/update";
import { updateServerSchema } from "@/lib/zod/servers";

type Server = { id: string; name: string; description: string; categoryId: string; visibility: "PUBLIC" | "PRIVATE"; icon: string | null };

export function EditServerForm({ server, categories }: { server: Server; categories: { id: string; name: string }[] }) {
  const router = useRouter();
  const form = useActionForm(updateServerAction, updateServerSchema, {
    initial: { name: server.name, description: server.description, categoryId: server.categoryId, visibility: server.visibility },
    onSuccess() {
      toast.success("Server saved");
      router.refresh();
    },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="serverId" value={server.id} />
      <ServerFormFields form={form} categories={categories} currentIcon={server.icon} />
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
