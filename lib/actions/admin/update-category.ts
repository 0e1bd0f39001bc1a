"use server";

import { updateCategory } from "@/lib/admin/categories/update-category";
import { adminAction } from "@/lib/safe-action";
import { updateCategorySchema } from "@/lib/zod/admin";

export const updateCategoryAction = adminAction.schema(updateCategorySchema).revalidates("page").action(async ({ input, ctx }) => {
  await updateCategory(ctx.user, input);
});
