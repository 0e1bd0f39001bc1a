"use server";

import { deleteCategory } from "@/lib/admin/categories/delete-category";
import { adminAction } from "@/lib/safe-action";
import { deleteCategorySchema } from "@/lib/zod/admin";

export const deleteCategoryAction = adminAction.schema(deleteCategorySchema).revalidates("page").action(async ({ input, ctx }) => {
  await deleteCategory(ctx.user, input);
});
