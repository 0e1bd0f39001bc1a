import { CircleAlert } from "lucide-react";
import type { ErrorBody } from "@/lib/errors";

/** The form-level outcome of an action: shown above the fields when it isn't about particular fields. */
export function FormMessage({ error }: { error?: ErrorBody }) {
  if (!error || (error.fields && Object.keys(error.fields).length > 0)) return null;
  return (
    <div role="alert" className="flex items-start gap-2 rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{error.message}</span>
    </div>
  );
}
