import { attachmentKind } from "@/lib/files/limits";
import type { AttachmentPayload } from "@/lib/realtime/catalogue";

export type AttachmentRow = {
  id: string;
  name: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  thumbKey: string | null;
};

/** The wire shape (realtime events, the API, the history): where to get it is always our route. */
export function attachmentView(row: AttachmentRow): AttachmentPayload {
  return {
    id: row.id,
    name: row.name,
    contentType: row.contentType,
    size: row.size,
    kind: attachmentKind(row.contentType),
    width: row.width,
    height: row.height,
    alt: row.alt,
    url: `/api/files/${row.id}`,
    thumbnailUrl: row.thumbKey ? `/api/files/${row.id}?variant=thumbnail` : null,
  };
}
