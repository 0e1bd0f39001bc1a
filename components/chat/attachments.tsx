"use client";

import { ChevronLeft, ChevronRight, Download, FileText, X } from "lucide-react";
import { useEffect, useState } from "react";
import type { UploadItem } from "@/components/chat/use-uploads";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { formatBytes } from "@/lib/files/limits";
import type { AttachmentPayload } from "@/lib/realtime/catalogue";
import { cn } from "@/lib/utils";

const THUMB_MAX_PX = 320;

/** A message's files: images as thumbnails (space reserved from their dimensions) opening a lightbox, video and audio players, other files as cards. */
export function MessageAttachments({ attachments }: { attachments: AttachmentPayload[] }) {
  const [open, setOpen] = useState<number | null>(null);
  const images = attachments.filter((a) => a.kind === "image");
  return (
    <div className="mt-1 flex flex-col gap-1.5">
      {images.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Images">
          {images.map((image, index) => (
            <li key={image.id}>
              <button type="button" onClick={() => setOpen(index)} className="block overflow-hidden rounded-lg border border-border bg-surface-muted" aria-label={`Open ${image.alt || image.name}`}>
                <Thumbnail image={image} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {attachments.map((a) =>
        a.kind === "video" ? (
          <video key={a.id} src={a.url} controls preload="metadata" className="max-h-80 max-w-full rounded-lg border border-border" aria-label={a.name} />
        ) : a.kind === "audio" ? (
          <audio key={a.id} src={a.url} controls preload="metadata" className="max-w-full" aria-label={a.name} />
        ) : a.kind === "file" ? (
          <FileCard key={a.id} file={a} />
        ) : null,
      )}
      {open !== null && <Lightbox images={images} index={open} onIndex={setOpen} />}
    </div>
  );
}

function Thumbnail({ image }: { image: AttachmentPayload }) {
  const { width, height } = fit(image.width ?? THUMB_MAX_PX, image.height ?? THUMB_MAX_PX);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a redirect to a signed URL: next/image can't optimise it
    <img src={image.thumbnailUrl ?? image.url} alt={image.alt ?? image.name} width={width} height={height} loading="lazy" decoding="async" className="block object-cover" style={{ width, height, aspectRatio: `${width} / ${height}` }} />
  );
}

/** The thumbnail's box: at most THUMB_MAX_PX on its longer side, in the image's proportions. */
function fit(width: number, height: number) {
  const scale = Math.min(1, THUMB_MAX_PX / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function FileCard({ file }: { file: AttachmentPayload }) {
  return (
    <a
      href={file.url}
      download={file.name}
      className="flex w-fit max-w-full items-center gap-3 rounded-lg border border-border bg-surface px-3 py-2 text-sm hover:bg-surface-muted"
    >
      <FileText className="size-6 shrink-0 text-muted" aria-hidden />
      <span className="min-w-0">
        <span className="block truncate font-medium">{file.name}</span>
        <span className="block text-xs text-muted">{formatBytes(file.size)}</span>
      </span>
      <Download className="size-4 shrink-0 text-muted" aria-hidden />
      <span className="sr-only">Download</span>
    </a>
  );
}

/** The images of a message, one at a time: ← → (or a swipe) move between them, Esc closes. */
function Lightbox({ images, index, onIndex }: { images: AttachmentPayload[]; index: number; onIndex: (index: number | null) => void }) {
  const image = images[index]!;
  const [touchX, setTouchX] = useState<number | null>(null);
  const go = (step: number) => onIndex((index + step + images.length) % images.length);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "ArrowRight") onIndex((index + 1) % images.length);
      else if (event.key === "ArrowLeft") onIndex((index - 1 + images.length) % images.length);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [index, images.length, onIndex]);
  return (
    <Dialog open onOpenChange={(open) => !open && onIndex(null)}>
      <DialogContent title={image.alt || image.name} description={images.length > 1 ? `Image ${index + 1} of ${images.length}` : undefined} className="max-w-[min(96vw,1200px)] p-4">
        <div
          className="relative flex items-center justify-center"
          onTouchStart={(event) => setTouchX(event.touches[0]?.clientX ?? null)}
          onTouchEnd={(event) => {
            const end = event.changedTouches[0]?.clientX;
            if (touchX !== null && end !== undefined && Math.abs(end - touchX) > 50) go(end < touchX ? 1 : -1);
            setTouchX(null);
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- a redirect to a signed URL */}
          <img src={image.url} alt={image.alt ?? image.name} className="max-h-[75dvh] max-w-full object-contain" style={image.width && image.height ? { aspectRatio: `${image.width} / ${image.height}` } : undefined} />
          {images.length > 1 && (
            <>
              <button type="button" onClick={() => go(-1)} className="absolute left-1 rounded-full bg-black/50 p-2 text-white" aria-label="Previous image">
                <ChevronLeft className="size-5" aria-hidden />
              </button>
              <button type="button" onClick={() => go(1)} className="absolute right-1 rounded-full bg-black/50 p-2 text-white" aria-label="Next image">
                <ChevronRight className="size-5" aria-hidden />
              </button>
            </>
          )}
        </div>
        <a href={image.url} target="_blank" rel="noopener noreferrer" className="mt-2 inline-block text-sm text-accent underline underline-offset-2">
          Open original
        </a>
      </DialogContent>
    </Dialog>
  );
}

/** The composer's files before sending: progress, "checking…", errors, and a way to remove each. */
export function PendingUploads({ items, onRemove, onAlt }: { items: UploadItem[]; onRemove: (localId: string) => void; onAlt: (localId: string, alt: string) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="mb-2 flex flex-wrap gap-2" aria-label="Files to send">
      {items.map((item) => (
        <li
          key={item.localId}
          data-upload-status={item.status}
          className={cn("relative flex w-56 items-center gap-2 rounded-lg border bg-surface-muted/50 p-2 text-sm", item.status === "failed" ? "border-danger" : "border-border")}
        >
          {item.previewUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- the picked file itself (a blob: URL)
            <img src={item.previewUrl} alt="" className="size-10 shrink-0 rounded object-cover" />
          ) : (
            <FileText className="size-8 shrink-0 text-muted" aria-hidden />
          )}
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium">{item.name}</p>
            {item.status === "failed" ? (
              <p role="alert" className="text-xs font-medium text-danger">
                {item.error}
              </p>
            ) : item.status === "uploading" ? (
              <div
                role="progressbar"
                aria-label={`Uploading ${item.name}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(item.progress * 100)}
                className="mt-1 h-1.5 overflow-hidden rounded-full bg-border"
              >
                <div className="h-full bg-accent transition-[width]" style={{ width: `${Math.round(item.progress * 100)}%` }} />
              </div>
            ) : (
              <p className="text-xs text-muted">{item.status === "checking" ? "Checking…" : formatBytes(item.size)}</p>
            )}
            {item.kind === "image" && item.status !== "failed" && item.status !== "uploading" && (
              <input
                type="text"
                maxLength={1000}
                placeholder="Alt text (describe the image)"
                aria-label={`Alt text for ${item.name}`}
                defaultValue={item.attachment?.alt ?? ""}
                onBlur={(event) => onAlt(item.localId, event.target.value.trim())}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    event.currentTarget.blur();
                  }
                }}
                className="mt-1 w-full rounded border border-border bg-surface px-1.5 py-0.5 text-xs"
              />
            )}
            {item.status === "ready" && item.error && <p className="text-xs text-danger">{item.error}</p>}
          </div>
          <button
            type="button"
            onClick={() => onRemove(item.localId)}
            className="shrink-0 rounded p-1 text-muted hover:bg-surface hover:text-foreground"
            aria-label={item.status === "uploading" ? `Cancel ${item.name}` : `Remove ${item.name}`}
          >
            <X className="size-4" aria-hidden />
          </button>
        </li>
      ))}
    </ul>
  );
}
