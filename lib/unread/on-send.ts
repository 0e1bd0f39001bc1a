import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { channelReaderIds } from "@/lib/access/channel-read";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { publication } from "@/lib/realtime/server";
import { upsertForward } from "@/lib/unread/receipt-sql";

// What sending a message does for unread state. Nothing here is per member: the sender's own
// receipt moves in the send's statement, and a channel's members learn of the new seq from one
// event on the server's channel (they compare it with their receipts in the browser).

/**
 * A CTE for the send statement (after its `inserted` CTE): the sender has read what they wrote,
 * so their read mark moves to it and their own messages never count as unread.
 */
export function ownReceipt(authorId: string) {
  return Prisma.sql`own_receipt AS (
      INSERT INTO "Receipt" ("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt")
      SELECT i."conversationId", ${authorId}, i."seq", i."seq", now() FROM inserted i
      ${upsertForward}
    )`;
}

/** The one unread event of a channel message, for every member of its server. */
export function channelActivity(serverId: string, message: MessagePayload) {
  return publication("server", serverId, "channel.activity", {
    conversationId: message.conversationId,
    lastSeq: message.seq,
    authorId: message.author?.id ?? null,
  });
}

/**
 * A private channel's unread event goes to each of its readers' own channels instead: on the
 * server's channel it would tell every member that the channel exists and moves.
 */
export async function privateChannelActivity(serverId: string, message: MessagePayload) {
  const readers = await channelReaderIds(message.conversationId);
  const event = { conversationId: message.conversationId, lastSeq: message.seq, authorId: message.author?.id ?? null, serverId };
  return readers.map((userId) => publication("user", userId, "conversation.activity", event));
}
