"use client";

import { useOptimistic, useState, useTransition } from "react";
import { ArrowDown, ArrowUp, FolderTree, Trash2 } from "lucide-react";
import { CategoryForm } from "@/components/admin/category-form";
import { runAction } from "@/components/admin/run-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EditDialog } from "@/components/ui/edit-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { deleteCategoryAction } from "@/lib/actions/admin/delete-category";
import { reorderCategoriesAction } from "@/lib/actions/admin/reorder-categories";
import type { CategoryRow } from "@/lib/admin/categories/queries";

/** The categories in order, moved with the arrow buttons (keyboard friendly), edited and deleted in dialogs. */
export function CategoryList({ categories }: { categories: CategoryRow[] }) {
  const [ordered, setOptimistic] = useOptimistic(categories);
  const [, startTransition] = useTransition();

  function move(index: number, by: -1 | 1) {
    const next = [...ordered];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    startTransition(async () => {
      setOptimistic(next);
      await runAction(() => reorderCategoriesAction({ categoryIds: next.map((c) => c.id) }), `Moved “${item!.name}” ${by < 0 ? "up" : "down"}.`);
    });
  }

  if (ordered.length === 0) {
    return <EmptyState icon={FolderTree} title="No categories yet" description="Create the first one above: every server belongs to a category." />;
  }
  return (
    <ol aria-label="Categories" className="divide-y divide-border rounded-xl border border-border bg-surface">
      {ordered.map((category, index) => (
        <li key={category.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5 sm:flex-nowrap">
          <span className="w-6 text-right text-sm tabular-nums text-muted">{index + 1}</span>
          <div className="min-w-0 flex-1 basis-48 sm:basis-0">
            <p className="truncate font-medium">{category.name}</p>
            <p className="truncate text-xs text-muted">/{category.slug}</p>
          </div>
          <Badge className="ml-9 sm:ml-0">
            {category.serverCount} server{category.serverCount === 1 ? "" : "s"}
          </Badge>
          <div className="ml-auto flex gap-1">
            <Button size="icon" variant="ghost" aria-label={`Move ${category.name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              <ArrowUp className="size-4" aria-hidden />
            </Button>
            <Button size="icon" variant="ghost" aria-label={`Move ${category.name} down`} disabled={index === ordered.length - 1} onClick={() => move(index, 1)}>
              <ArrowDown className="size-4" aria-hidden />
            </Button>
            <EditDialog label={`Edit ${category.name}`} title={`Edit “${category.name}”`}>
            {(close) => <CategoryForm category={category} onDone={close} />}
          </EditDialog>
            <DeleteCategory category={category} others={ordered.filter((c) => c.id !== category.id)} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function DeleteCategory({ category, others }: { category: CategoryRow; others: CategoryRow[] }) {
  const [moveToId, setMoveToId] = useState("");
  const [error, setError] = useState<string>();
  const hasServers = category.serverCount > 0;
  return (
    <ConfirmDialog
      trigger={
        <Button size="icon" variant="ghost" aria-label={`Delete ${category.name}`} className="text-danger">
          <Trash2 className="size-4" aria-hidden />
        </Button>
      }
      title={`Delete “${category.name}”?`}
      description={
        hasServers
          ? `It holds ${category.serverCount} server${category.serverCount === 1 ? "" : "s"}: choose the category they move to.`
          : "It holds no servers. This can't be undone."
      }
      confirmLabel={hasServers ? "Move servers and delete" : "Delete"}
      onConfirm={async () => {
        if (hasServers && !moveToId) {
          setError("Choose where the servers should go");
          return false;
        }
        setError(undefined);
        return runAction(() => deleteCategoryAction({ categoryId: category.id, moveToId }), `Deleted “${category.name}”.`);
      }}
    >
      {hasServers && (
        <Field label="Move its servers to" error={error}>
          {(control) => (
            <Select {...control} value={moveToId} onChange={(event) => setMoveToId(event.target.value)}>
              <option value="">Choose a category…</option>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
    </ConfirmDialog>
  );
}
