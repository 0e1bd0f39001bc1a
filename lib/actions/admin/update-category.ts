"use server";

import { refresh } from "next/cache";
import { updateCategory } from "@/lib/admin/categories/update-category";
import { adminAction } from "@/lib/safe-action";
import { updateCategorySchema } from "@/lib/zod/admin";

export const updateCategoryAction = adminAction.schema(updateCategorySchema).action(async ({ input, ctx }) => {
  await updateCategory(ctx.user, input);
  refresh();
});
