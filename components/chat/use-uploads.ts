"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { completeUploadAction } from "@/lib/actions/files/complete-upload";
import { discardUploadAction } from "@/lib/actions/files/discard-upload";
import { requestUploadAction } from "@/lib/actions/files/request-upload";
import { MAX_ATTACHMENTS, attachmentKind, normalizeContentType } from "@/lib/files/limits";
import type { AttachmentPayload } from "@/lib/realtime/catalogue";

// The composer's files: each is asked for (requestUploadAction), PUT straight to the object store
// with progress (XMLHttpRequest: fetch reports no upload progress), then checked by the server
// (completeUploadAction). Cancel aborts the PUT and drops the upload; an error stays beside the
// file until it is removed, and the message can't be sent until every file is ready.

export type UploadItem = {
  localId: string;
  name: string;
  size: number;
  kind: AttachmentPayload["kind"];
  /** 0–1 while the bytes go up. */
  progress: number;
  status: "uploading" | "checking" | "ready" | "failed";
  error?: string;
  /** An object URL of the image itself, shown until sent. */
  previewUrl?: string;
  attachment?: AttachmentPayload;
};

type Internal = UploadItem & { abort?: () => void; attachmentId?: string };

let counter = 0;

export function useUploads(conversationId: string) {
  const [items, setItems] = useState<Internal[]>([]);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  const patch = useCallback((localId: string, change: Partial<Internal>) => {
    setItems((current) => current.map((item) => (item.localId === localId ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    async (item: Internal, file: File) => {
      const requested = await requestUploadAction({ conversationId, name: file.name || "pasted", size: file.size, contentType: file.type });
      if (!itemsRef.current.some((i) => i.localId === item.localId)) return; // removed meanwhile
      if (!requested.ok) {
        const fields = requested.error.fields ?? {};
        return patch(item.localId, { status: "failed", error: fields.file ?? fields.contentType ?? fields.name ?? fields.size ?? requested.error.message });
      }
      const { attachmentId, upload } = requested.data;
      patch(item.localId, { attachmentId });
      const sent = await put(upload, file, (progress) => patch(item.localId, { progress }), (abort) => patch(item.localId, { abort }));
      if (sent !== "ok") {
        if (sent === "aborted") return;
        return patch(item.localId, { status: "failed", error: "The upload failed. Check your connection and try again." });
      }
      patch(item.localId, { status: "checking", progress: 1, abort: undefined });
      const completed = await completeUploadAction({ attachmentId });
      if (!completed.ok) return patch(item.localId, { status: "failed", error: completed.error.fields?.file ?? completed.error.message });
      patch(item.localId, { status: "ready", attachment: completed.data });
    },
    [conversationId, patch],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const room = MAX_ATTACHMENTS - itemsRef.current.length;
      const list = [...files];
      const accepted = list.slice(0, Math.max(0, room));
      const fresh: { item: Internal; file: File }[] = accepted.map((file) => {
        const kind = attachmentKind(normalizeContentType(file.type));
        return {
          file,
          item: {
            localId: `u${++counter}`,
            name: file.name || "pasted",
            size: file.size,
            kind,
            progress: 0,
            status: "uploading",
            previewUrl: kind === "image" ? URL.createObjectURL(file) : undefined,
          },
        };
      });
      const refused = list.length - accepted.length;
      setItems((current) => [...current, ...fresh.map((f) => f.item)]);
      itemsRef.current = [...itemsRef.current, ...fresh.map((f) => f.item)];
      for (const { item, file } of fresh) void start(item, file);
      return refused > 0 ? `At most ${MAX_ATTACHMENTS} files per message.` : null;
    },
    [start],
  );

  const remove = useCallback((localId: string) => {
    const item = itemsRef.current.find((i) => i.localId === localId);
    if (!item) return;
    item.abort?.();
    if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    if (item.attachmentId) void discardUploadAction({ attachmentId: item.attachmentId });
    itemsRef.current = itemsRef.current.filter((i) => i.localId !== localId);
    setItems((current) => current.filter((i) => i.localId !== localId));
  }, []);

  /** Describes an image for people who can't see it (saved with the upload; sending waits for it). */
  const setAlt = useCallback(
    async (localId: string, alt: string) => {
      const item = itemsRef.current.find((i) => i.localId === localId);
      if (!item?.attachmentId || item.status !== "ready" || (item.attachment?.alt ?? "") === alt) return;
      patch(localId, { status: "checking" });
      const saved = await completeUploadAction({ attachmentId: item.attachmentId, alt });
      if (saved.ok) patch(localId, { status: "ready", attachment: saved.data, error: undefined });
      else patch(localId, { status: "ready", error: saved.error.fields?.alt ?? saved.error.message });
    },
    [patch],
  );

  /** The files, once sent: forgotten here (the message owns them now). */
  const clear = useCallback(() => {
    for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    itemsRef.current = [];
    setItems([]);
  }, []);

  useEffect(() => () => itemsRef.current.forEach((item) => item.abort?.()), []);

  const ready = items.length > 0 && items.every((i) => i.status === "ready");
  return {
    items: items as UploadItem[],
    /** Every file is uploaded and checked (or there are none). */
    settled: items.every((i) => i.status === "ready"),
    ready,
    attachments: items.flatMap((i) => (i.attachment ? [i.attachment] : [])),
    add,
    remove,
    setAlt,
    clear,
  };
}

export type Uploads = ReturnType<typeof useUploads>;

function put(
  upload: { url: string; method: string; headers: Record<string, string> },
  file: File,
  onProgress: (fraction: number) => void,
  onAbortable: (abort: () => void) => void,
): Promise<"ok" | "failed" | "aborted"> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method, upload.url);
    for (const [name, value] of Object.entries(upload.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve(xhr.status >= 200 && xhr.status < 300 ? "ok" : "failed");
    xhr.onerror = () => resolve("failed");
    xhr.onabort = () => resolve("aborted");
    onAbortable(() => xhr.abort());
    xhr.send(file);
  });
}
