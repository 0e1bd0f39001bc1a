import { z } from "zod";
import type { MessagesPage } from "@/lib/messages/page";
import { messageSchema } from "@/lib/realtime/catalogue";
import { timestamp } from "@/lib/zod/api";
import { id } from "@/lib/zod/fields";
import { markReadSchema, sendMessageSchema } from "@/lib/zod/messages";
import { startThreadSchema } from "@/lib/zod/threads";

// The JSON API's shapes for messages and threads (lib/api/endpoints/messages.ts, threads.ts).
// Messages are the very payload the realtime events carry (lib/realtime/catalogue.ts).

export const apiMessageSchema = messageSchema.clone();
z.globalRegistry.add(apiMessageSchema, {
  id: "Message",
  description: "`seq` numbers the messages of a conversation without gaps; `body` is empty once deleted for everyone; `author` is null once their account is deleted.",
});

const person = z.object({ id: z.string(), username: z.string(), fullName: z.string(), image: z.string().nullable() });

export const personSchema = person.extend({ lastSeenAt: timestamp.nullable() }).meta({ id: "Person" });

const receiptView = z.object({ userId: z.string(), name: z.string(), deliveredSeq: z.number().int(), readSeq: z.number().int() });

export const messagesPageSchema = z
  .object({
    messages: z.array(apiMessageSchema).describe("Ascending by seq, without the messages you deleted for yourself."),
    syncedTo: z.number().int().optional().describe("Newest page and `after`: every message up to this seq has been returned."),
    hasNewer: z.boolean().optional().describe("`after`: more messages remain past syncedTo; ask again with after=syncedTo."),
    hasOlder: z.boolean().optional().describe("Newest page and `before`: older messages remain."),
    changes: z
      .object({ deleted: z.array(z.object({ id: z.string(), seq: z.number().int() })), hidden: z.array(z.string()), truncated: z.boolean() })
      .optional()
      .describe("`after` with `changedSince`: messages deleted for everyone, and ids you deleted for yourself, since then."),
    receipts: z.array(receiptView).optional().describe("Newest page and `after`: the other readers' marks (the 100 furthest-read)."),
    conversation: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("thread"), participants: z.array(personSchema) }),
        z.object({ kind: z.literal("channel"), memberCount: z.number().int(), onlineCount: z.number().int().nullable() }),
      ])
      .optional()
      .describe("Newest page: who is in the conversation."),
    serverTime: timestamp.describe("Pass back as `changedSince` with your next `after`."),
  })
  .meta({ id: "MessagesPage" }) satisfies z.ZodType<MessagesPage>;

export const conversationParams = z.object({ conversationId: id });
export const messageParams = z.object({ messageId: id });

export const sendMessageBody = sendMessageSchema.omit({ conversationId: true });
export const receiptsBody = markReadSchema.omit({ conversationId: true });

export const threadParams = z.object({ threadId: id });

export const threadSchema = z
  .object({
    id: z.string(),
    conversationId: z.string().describe("Its messages: /conversations/{conversationId}/messages; live: private-conversation-{conversationId}."),
    title: z.string().describe("The group's title, or the other people's names."),
    direct: z.boolean().describe("A one-to-one thread (there is one per pair of people)."),
    participants: z.array(personSchema).describe("Everyone in it, you included, in the order they joined."),
  })
  .meta({ id: "Thread" });

export const startThreadBody = startThreadSchema;

export const createdThreadSchema = threadSchema.extend({ reused: z.boolean().describe("True when your one-to-one thread with this person already existed.") });

export const threadSummarySchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    title: z.string(),
    others: z.array(person.extend({ online: z.boolean() })).describe("The first few other people."),
    lastMessageAt: timestamp.nullable(),
    lastMessage: z.object({ body: z.string(), mine: z.boolean() }).nullable(),
    unread: z.boolean(),
  })
  .meta({ id: "ThreadSummary" });

export const threadListQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const userSearchQuery = z.object({
  q: z.string({ error: "Type part of a name or username" }).trim().min(1, "Type part of a name or username").max(80).describe("The start of a username (an @ is ignored) or part of a name."),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
