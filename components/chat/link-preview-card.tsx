"use client";

import { X } from "lucide-react";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { removeLinkPreviewAction } from "@/lib/actions/messages/remove-link-preview";
import type { LinkPreviewPayload } from "@/lib/realtime/catalogue";

const IMAGE_MAX_PX = 400;

/** The card of a message's first link (site, title, description, image); its author may remove it. */
export function LinkPreviewCard({ messageId, preview, removable }: { messageId: string; preview: LinkPreviewPayload; removable: boolean }) {
  const [removing, startRemoving] = useTransition();
  const remove = () =>
    startRemoving(async () => {
      const result = await removeLinkPreviewAction({ messageId });
      if (!result.ok) toast.error(result.error.message);
    });
  const image = preview.image && fit(preview.image.width, preview.image.height);
  return (
    <div className="relative mt-1 w-fit max-w-md rounded-lg border border-border border-l-4 border-l-accent bg-surface px-3 py-2" role="group" aria-label={`Link preview: ${preview.title}`}>
      <p className="truncate pr-6 text-xs text-muted">{preview.siteName}</p>
      <a href={preview.url} target="_blank" rel="noopener noreferrer nofollow ugc" className="block font-semibold text-accent hover:underline">
        {preview.title}
      </a>
      {preview.description && <p className="mt-0.5 line-clamp-3 text-sm">{preview.description}</p>}
      {preview.image && image && (
        // eslint-disable-next-line @next/next/no-img-element -- our route redirects to the stored copy's signed URL: next/image can't optimise it
        <img src={preview.image.url} alt="" width={image.width} height={image.height} loading="lazy" decoding="async" referrerPolicy="no-referrer" className="mt-2 block rounded object-cover" style={{ width: image.width, height: image.height }} />
      )}
      {removable && (
        <button type="button" onClick={remove} disabled={removing} className="absolute right-1.5 top-1.5 rounded p-0.5 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Remove preview" title="Remove preview">
          <X className="size-3.5" aria-hidden />
        </button>
      )}
    </div>
  );
}

/** The image's box: at most IMAGE_MAX_PX wide, in its proportions. */
function fit(width: number, height: number) {
  const scale = Math.min(1, IMAGE_MAX_PX / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
