"use client";

import { Dialog, DialogContent } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";

const ReportForm = lazyComponent(() => import("@/components/reports/report-form").then((m) => m.ReportForm));

/** Reporting a message: why, and optionally more; opened from the message's menu. */
export function ReportDialog({ messageId, open, onOpenChange }: { messageId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const formLoaded = useLoaded(ReportForm, open, () => onOpenChange(false));
  return (
    <Dialog open={open && formLoaded} onOpenChange={onOpenChange}>
      <DialogContent title="Report this message" description="The moderators see this message and your reason, and you get an email once they have acted. The author isn't told who reported it.">
        <ReportForm messageId={messageId} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
