"use client";

import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCategoryAction } from "@/lib/actions/admin/create-category";
import { updateCategoryAction } from "@/lib/actions/admin/update-category";
import type { SafeAction } from "@/lib/safe-action";
import { createCategorySchema, updateCategorySchema } from "@/lib/zod/admin";

type Existing = { id: string; name: string; slug: string };

/** Creates a category, or edits `category` (name and slug) when given. */
export function CategoryForm({ category, onDone }: { category?: Existing; onDone?: () => void }) {
  const editing = Boolean(category);
  const action: SafeAction<never, void> = editing ? updateCategoryAction : createCategoryAction;
  const form = useActionForm(action, editing ? updateCategorySchema : createCategorySchema, {
      initial: category ? { name: category.name, slug: category.slug } : undefined,
      onSuccess: () => {
        toast.success(editing ? "Category saved." : "Category created.");
        onDone?.();
      },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      {category && <input type="hidden" name="categoryId" value={category.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" error={form.error("name")}>
          {(control) => <Input {...control} {...form.field("name")} maxLength={40} required />}
        </Field>
        <Field label="Slug" error={form.error("slug")} hint={editing ? "Used in Explore's URLs." : "Leave empty to make one from the name."}>
          {(control) => <Input {...control} {...form.field("slug")} maxLength={60} required={editing} placeholder={editing ? undefined : "e.g. art-design"} />}
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          {editing ? "Save" : "Create category"}
        </Button>
      </div>
    </form>
  );
}
