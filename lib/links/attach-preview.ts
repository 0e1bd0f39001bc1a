import "server-only";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { previewFor } from "@/lib/links/fetch-preview";
import { firstLink } from "@/lib/links/first-link";
import { linkPreviewView } from "@/lib/links/view";
import { publish } from "@/lib/realtime/server";

type SentMessage = { id: string; conversationId: string; seq: number; body: string };

/**
 * After the response (a send never waits for a third-party site): the preview of the message's
 * first link, stored on the message and announced with `message.preview`. Nothing happens when
 * the message has no link, its server turned previews off, the page gives none, or meanwhile the
 * message was deleted, its author removed the preview or an edit changed its first link.
 */
export function attachPreviewAfterResponse(message: SentMessage, serverId: string | null): void {
  const url = firstLink(message.body);
  if (!url) return;
  runAfterResponse("link preview", () => attachPreview(message, url, serverId));
}

async function attachPreview(message: SentMessage, url: string, serverId: string | null) {
  if (serverId) {
    const server = await db.server.findUnique({ where: { id: serverId }, select: { linkPreviews: true } });
    if (!server?.linkPreviews) return;
  }
  const preview = await previewFor(url);
  if (!preview) return;
  const { count } = await db.message.updateMany({
    where: { id: message.id, body: message.body, deletedAt: null, linkPreviewRemoved: false },
    data: { linkPreviewId: preview.id, updatedAt: new Date() }, // updatedAt: catch-ups find the change
  });
  if (count === 0) return;
  await publish("conversation", message.conversationId, "message.preview", {
    conversationId: message.conversationId,
    messageId: message.id,
    seq: message.seq,
    linkPreview: linkPreviewView(preview),
  });
}
