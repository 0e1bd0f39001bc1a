import { z } from "zod";
import type { MessagesPage } from "@/lib/messages/page";
import { linkPreviewSchema, messageSchema } from "@/lib/realtime/catalogue";
import { timestamp } from "@/lib/zod/api";
import { id } from "@/lib/zod/fields";
import { editMessageSchema, hasContent, markReadSchema, noContent, sendMessageFields } from "@/lib/zod/messages";
import { addParticipantsSchema, renameThreadSchema, startThreadSchema } from "@/lib/zod/threads";

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
    syncedTo: z.number().int().optional().describe("Newest page, `after` and `around`: every message up to this seq has been returned (from the first one returned, for `around`)."),
    hasNewer: z.boolean().optional().describe("`after` and `around`: more messages remain past syncedTo; ask again with after=syncedTo."),
    hasOlder: z.boolean().optional().describe("Newest page, `before` and `around`: older messages remain."),
    changes: z
      .object({
        deleted: z.array(z.object({ id: z.string(), seq: z.number().int() })),
        edited: z.array(apiMessageSchema).optional(),
        reactions: z.array(z.object({ messageId: z.string(), reactions: z.array(z.object({ emoji: z.string(), count: z.number().int(), me: z.boolean() })) })).optional(),
        pins: z.array(z.object({ messageId: z.string(), pinned: z.boolean() })).optional(),
        pinsChanged: z.boolean().optional(),
        linkPreviews: z.array(z.object({ messageId: z.string(), linkPreview: z.nullable(linkPreviewSchema) })).optional(),
        hidden: z.array(z.string()),
        truncated: z.boolean(),
      })
      .optional()
      .describe("`after` with `changedSince`: messages deleted for everyone, messages edited (whole), reactions, pinned state and link previews of messages that changed (whole; `linkPreview: null` when it has none), whether anything was pinned or unpinned (`pinsChanged`: read `/conversations/{id}/pins` again), and ids you deleted for yourself, since then."),
    ownRead: z
      .object({ seq: z.number().int(), at: timestamp })
      .nullable()
      .optional()
      .describe("Newest page and `around`: how far you had read, and when that mark last moved (messages edited after it were edited after you read them)."),
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

export const messageLocationSchema = z
  .object({
    messageId: z.string(),
    conversationId: z.string(),
    seq: z.number().int().describe("Read the page around it with GET /conversations/{conversationId}/messages?around={seq}."),
    path: z.string().describe("The web app's page opened at the message (relative to the app's origin)."),
    deleted: z.boolean().describe("Deleted for everyone, or by you for yourself: the conversation is still there."),
  })
  .meta({ id: "MessageLocation" });

export const editMessageBody = editMessageSchema.omit({ messageId: true });

export const messageVersionsSchema = z
  .object({
    versions: z
      .array(z.object({ body: z.string(), writtenAt: timestamp.describe("When this text was written (sent, or an earlier edit).") }))
      .describe("Earlier versions, oldest first; empty when never edited or once deleted."),
  })
  .meta({ id: "MessageVersions" });

export const conversationParams = z.object({ conversationId: id });
export const messageParams = z.object({ messageId: id });

export const sendMessageBody = sendMessageFields
  .omit({ conversationId: true })
  .extend({
    attachmentIds: sendMessageFields.shape.attachmentIds.describe("Completed uploads (`POST /conversations/{conversationId}/uploads`, then `POST /uploads/{attachmentId}/complete`), in the order shown; up to 10."),
  })
  .refine(hasContent, noContent);
export const receiptsBody = markReadSchema.omit({ conversationId: true });

export const threadParams = z.object({ threadId: id });

export const threadSchema = z
  .object({
    id: z.string(),
    conversationId: z.string().describe("Its messages: /conversations/{conversationId}/messages; live: private-conversation-{conversationId}."),
    title: z.string().describe("The group's title, or the other people's names."),
    direct: z.boolean().describe("A one-to-one thread (there is one per pair of people)."),
    participants: z.array(personSchema).describe("Everyone in it, you included, in the order they joined."),
    createdById: z.string().nullable().describe("Who started the group (who manages it unless `anyoneManages`); passes to the longest-standing participant when they leave."),
    anyoneManages: z.boolean().describe("Whether every participant may rename the group and add or remove people."),
    history: z.enum(["ALL", "SINCE_JOIN"]).describe("What people added later read: everything, or only from when they joined."),
    canManage: z.boolean().describe("Whether you may rename it and add or remove people (never in a one-to-one thread)."),
    request: z
      .boolean()
      .describe("A message request you haven't accepted (or ignored): you read it, but post, react and send receipts only after POST /me/message-requests/{threadId}/accept."),
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

export const renameThreadBody = z.object({ title: renameThreadSchema.shape.title });
export const threadSettingsBody = z.object({ anyoneManages: z.boolean() });
export const addParticipantsBody = z.object({ userIds: addParticipantsSchema.shape.userIds });
export const participantParams = z.object({ threadId: id, userId: id });
