"use server";

import { createCategory } from "@/lib/admin/categories/create-category";
import { adminAction } from "@/lib/safe-action";
import { createCategorySchema } from "@/lib/zod/admin";

export const createCategoryAction = adminAction.schema(createCategorySchema).revalidates("page").action(async ({ input, ctx }) => {
  await createCategory(ctx.user, input);
});
