import type { Metadata } from "next";
import { CategoryForm } from "@/components/admin/category-form";
import { CategoryList } from "@/components/admin/category-list";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { listCategories } from "@/lib/admin/categories/queries";
import { requireAdminPage } from "@/lib/admin/guard";

export const metadata: Metadata = { title: "Categories" };

export default async function AdminCategoriesPage() {
  await requireAdminPage();
  const categories = await listCategories();
  return (
    <>
      <PageHeader title="Categories" description="The groups servers are filed under in Explore, in the order shown there." />
      <Card className="mb-6 p-4 sm:p-5">
        <h2 className="mb-3 font-semibold">New category</h2>
        <CategoryForm />
      </Card>
      <CategoryList categories={categories} />
    </>
  );
}
