"use server";

import { reorderCategories } from "@/lib/admin/categories/reorder-categories";
import { adminAction } from "@/lib/safe-action";
import { reorderCategoriesSchema } from "@/lib/zod/admin";

export const reorderCategoriesAction = adminAction.schema(reorderCategoriesSchema).revalidates("page").action(async ({ input, ctx }) => {
  await reorderCategories(ctx.user, input.categoryIds);
});
