import { z } from "zod";
import { auditActions, auditTargetTypes, type AuditAction } from "@/lib/audit/actions";
import { MAX_SLUG_LENGTH } from "@/lib/slug-rules";
import { CHANNEL_TOPIC_MAX, channelName } from "@/lib/zod/channels";
import { id } from "@/lib/zod/fields";
import { withoutNul } from "@/lib/zod/text";
import { visibleName } from "@/lib/zod/visible-text";
import { SERVER_DESCRIPTION_MAX, serverName, visibility } from "@/lib/zod/servers";

// Inputs of the admin area: the forms and buttons (server actions), and the list pages' URL
// parameters (search, filters, sorting, paging), which fall back to defaults when malformed.

/** One id or many: a single checked checkbox arrives as a string, several as an array. */
const idList = (what: string, max = 100) =>
  z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(id, { error: `Choose at least one ${what}` }).min(1, `Choose at least one ${what}`).max(max, `Choose at most ${max}`),
  );

export const userIdsSchema = z.object({ userIds: idList("user") });
export const userIdSchema = z.object({ userId: id });
export const setUserRoleSchema = z.object({ userId: id, role: z.enum(["USER", "ADMIN"]) });
export const findUsersSchema = z.object({ q: z.string().trim().max(100).default("") });

export const slug = z
  .string({ error: "Enter a slug" })
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters")
  .max(MAX_SLUG_LENGTH, `Use at most ${MAX_SLUG_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes");

const optionalSlug = z.preprocess((value) => (value === "" ? undefined : value), slug.optional());

const categoryName = visibleName(
  z.string({ error: "Enter a name" }).trim().min(2, "Use at least 2 characters").max(40, "Use at most 40 characters"),
);

export const createCategorySchema = z.object({ name: categoryName, slug: optionalSlug });
export const updateCategorySchema = z.object({ categoryId: id, name: categoryName, slug });
export const reorderCategoriesSchema = z.object({ categoryIds: idList("category", 1_000) });
export const deleteCategorySchema = z.object({
  categoryId: id,
  moveToId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
});

export const threadIdSchema = z.object({ threadId: id });
export const messageIdSchema = z.object({ messageId: id });
export const serverIdSchema = z.object({ serverId: id });
export const channelIdSchema = z.object({ channelId: id });
export const transferServerSchema = z.object({ serverId: id, userId: id });
export const banMemberSchema = z.object({ serverId: id, userId: id });

// ---- list pages (URL parameters) ----

const text = z.string().trim().max(100).catch("").transform(withoutNul);
const page = z.coerce.number().int().min(1).max(100_000).catch(1);
const dir = z.enum(["asc", "desc"]).catch("desc");
const maybeId = z.string().regex(/^[a-z0-9]{1,64}$/i).optional().catch(undefined);

export const userListParams = z.object({
  q: text,
  status: z.enum(["all", "active", "suspended"]).catch("all"),
  role: z.enum(["all", "user", "admin"]).catch("all"),
  verified: z.enum(["all", "yes", "no"]).catch("all"),
  sort: z.enum(["createdAt", "lastSeenAt", "username", "email"]).catch("createdAt"),
  dir,
  page,
});
export type UserListParams = z.infer<typeof userListParams>;

export const serverListParams = z.object({
  q: text,
  category: maybeId,
  visibility: z.enum(["all", "public", "private"]).catch("all"),
  sort: z.enum(["createdAt", "name", "memberCount", "lastActivityAt"]).catch("createdAt"),
  dir,
  page,
});
export type ServerListParams = z.infer<typeof serverListParams>;

export const threadListParams = z.object({ q: text, page });
export type ThreadListParams = z.infer<typeof threadListParams>;

export const messageListParams = z.object({
  server: maybeId,
  channel: maybeId,
  author: text,
  q: text,
  before: z.string().max(200).optional().catch(undefined),
});
export type MessageListParams = z.infer<typeof messageListParams>;

export const auditListParams = z.object({
  action: z.enum(Object.keys(auditActions) as [AuditAction, ...AuditAction[]]).optional().catch(undefined),
  actor: text,
  targetType: z.enum(auditTargetTypes).optional().catch(undefined),
  targetId: maybeId,
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
});
export type AuditListParams = z.infer<typeof auditListParams>;

/** Next.js hands search params as string | string[]; the list schemas want single strings. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

// ---- servers and channels (the admin may edit every field, slugs included) ----

const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`).default("");

export const updateServerSchema = z.object({
  serverId: id,
  name: serverName,
  slug,
  description: optionalText(SERVER_DESCRIPTION_MAX),
  icon: z
    .string()
    .trim()
    .max(500, "That address is too long")
    .refine((value) => value === "" || /^https:\/\/\S+$/i.test(value) || /^\/api\/uploads\/[a-z0-9]+$/i.test(value), "Use an https:// address")
    .transform((value) => value || null),
  visibility,
  categoryId: z.string({ error: "Choose a category" }).regex(/^[a-z0-9]{1,64}$/i, "Choose a category"),
});
export type AdminUpdateServerInput = z.infer<typeof updateServerSchema>;

export const updateChannelSchema = z.object({ channelId: id, name: channelName, slug, topic: optionalText(CHANNEL_TOPIC_MAX) });
export type AdminUpdateChannelInput = z.infer<typeof updateChannelSchema>;
