"use client";

import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateServerAction } from "@/lib/actions/admin/update-server";
import { updateServerSchema } from "@/lib/zod/admin";

type Server = { id: string; name: string; slug: string; description: string; icon: string | null; visibility: "PUBLIC" | "PRIVATE"; categoryId: string };

/** Every field of a server, the slug included (changing it changes the server's URL). */
export function ServerForm({ server, categories }: { server: Server; categories: { id: string; name: string }[] }) {
  const form = useActionForm(updateServerAction, updateServerSchema, {
    initial: { ...server, icon: server.icon ?? "" },
    onSuccess: () => toast.success("Server saved."),
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="serverId" value={server.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" error={form.error("name")}>
          {(control) => <Input {...control} {...form.field("name")} maxLength={50} required />}
        </Field>
        <Field label="Slug" error={form.error("slug")} hint="The server's address: /s/<slug>. Old links stop working.">
          {(control) => <Input {...control} {...form.field("slug")} maxLength={60} required />}
        </Field>
      </div>
      <Field label="Description" error={form.error("description")}>
        {(control) => <Textarea {...control} {...form.field("description")} maxLength={300} rows={3} />}
      </Field>
      <Field label="Icon URL" error={form.error("icon")} hint="An https:// image address, or empty for initials.">
        {(control) => <Input {...control} {...form.field("icon")} inputMode="url" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Category" error={form.error("categoryId")}>
          {(control) => (
            <Select {...control} {...form.field("categoryId")}>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Visibility" error={form.error("visibility")}>
          {(control) => (
            <Select {...control} {...form.field("visibility")}>
              <option value="PUBLIC">Public: anyone can find and join</option>
              <option value="PRIVATE">Private: by invite only</option>
            </Select>
          )}
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
