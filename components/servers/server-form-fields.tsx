"use client";

import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { useActionForm } from "@/components/ui/use-action-form";
import { SERVER_DESCRIPTION_MAX, SERVER_NAME_MAX } from "@/lib/zod/servers";

type Form = ReturnType<typeof useActionForm<never, unknown>>;
type Category = { id: string; name: string };

/** The profile fields shared by "create a server" and its settings: name, description, category, visibility, icon. */
export function ServerFormFields({ form, categories, currentIcon }: { form: Form; categories: Category[]; currentIcon?: string | null }) {
  const visibility = form.field("visibility").defaultValue || "PUBLIC";
  return (
    <>
      <Field label="Name" error={form.error("name")}>
        {(control) => <Input {...control} {...form.field("name")} maxLength={SERVER_NAME_MAX} autoComplete="off" required />}
      </Field>
      <Field label="Description" hint="What is this server about? Shown in Explore." error={form.error("description")}>
        {(control) => <Textarea {...control} {...form.field("description")} maxLength={SERVER_DESCRIPTION_MAX} rows={3} />}
      </Field>
      <Field label="Category" error={form.error("categoryId")}>
        {(control) => (
          <Select {...control} {...form.field("categoryId")} required>
            <option value="" disabled>
              Choose a category
            </option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium">Who can find and read it</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {[
            { value: "PUBLIC", title: "Public", text: "Listed in Explore; anyone can read and join." },
            { value: "PRIVATE", title: "Private", text: "Hidden; people join with an invite link." },
          ].map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer gap-2 rounded-lg border border-border p-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
            >
              <input type="radio" name="visibility" value={option.value} defaultChecked={visibility === option.value} className="mt-0.5 accent-[var(--accent)]" />
              <span>
                <span className="block font-medium">{option.title}</span>
                <span className="block text-xs text-muted">{option.text}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Icon" hint="PNG, JPEG, GIF or WebP, up to 2 MB." error={form.error("icon")}>
        {(control) => <Input {...control} name="icon" type="file" accept="image/png,image/jpeg,image/gif,image/webp" className="py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-surface-muted file:px-2 file:py-1 file:text-sm" />}
      </Field>
      <Field label="…or an image address" error={form.error("iconUrl")}>
        {(control) => <Input {...control} {...form.field("iconUrl")} type="url" inputMode="url" placeholder="https://" />}
      </Field>
      {currentIcon && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="removeIcon" className="accent-[var(--accent)]" /> Remove the current icon
        </label>
      )}
    </>
  );
}
