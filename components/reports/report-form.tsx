"use client";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { reportMessageAction } from "@/lib/actions/reports/report-message";
import { REPORT_DETAILS_MAX, REPORT_REASONS, reportMessageSchema } from "@/lib/zod/reports";

/** The report dialog's form (loaded when the dialog opens: it brings the zod schema). */
export function ReportForm({ messageId, onDone }: { messageId: string; onDone: () => void }) {
  const form = useActionForm(reportMessageAction, reportMessageSchema, {
    onSuccess() {
      toast.success("Thanks: the moderators will look at it");
      onDone();
    },
  });
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <input type="hidden" name="messageId" value={messageId} />
      <Field label="Reason" error={form.error("reason")}>
        {(control) => (
          <Select {...control} {...form.field("reason")}>
            <option value="" disabled>
              Choose a reason
            </option>
            {Object.entries(REPORT_REASONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Anything else?" hint="Optional: context that helps the moderators." error={form.error("details")}>
        {(control) => <Textarea {...control} {...form.field("details")} maxLength={REPORT_DETAILS_MAX} rows={3} />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" pending={form.pending}>
          Send report
        </Button>
      </div>
    </form>
  );
}
