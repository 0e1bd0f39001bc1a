import type { LinkPreviewPayload } from "@/lib/realtime/catalogue";

export type LinkPreviewRow = {
  id: string;
  url: string;
  siteName: string;
  title: string;
  description: string | null;
  imageKey: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
};

/** The wire shape: the image is our route (which redirects to the stored copy), never the linked site's URL. */
export function linkPreviewView(row: LinkPreviewRow): LinkPreviewPayload {
  return {
    url: row.url,
    siteName: row.siteName,
    title: row.title,
    description: row.description,
    image: row.imageKey && row.imageWidth && row.imageHeight ? { url: `/api/link-previews/${row.id}/image`, width: row.imageWidth, height: row.imageHeight } : null,
  };
}

export const linkPreviewSelect = { id: true, url: true, siteName: true, title: true, description: true, imageKey: true, imageWidth: true, imageHeight: true } as const;
