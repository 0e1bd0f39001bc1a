import { ListSkeleton } from "@/components/admin/list-skeleton";

export default function Loading() {
  return <ListSkeleton />;
}
