"use server";

import { refresh } from "next/cache";
import { deleteCategory } from "@/lib/admin/categories/delete-category";
import { adminAction } from "@/lib/safe-action";
import { deleteCategorySchema } from "@/lib/zod/admin";

export const deleteCategoryAction = adminAction.schema(deleteCategorySchema).action(async ({ input, ctx }) => {
  await deleteCategory(ctx.user, input);
  refresh();
});
