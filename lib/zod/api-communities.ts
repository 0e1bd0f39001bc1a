import { z } from "zod";
import { EXPLORE_PAGE_SIZE, EXPLORE_SORTS } from "@/lib/zod/explore";
import { id } from "@/lib/zod/fields";
import { createServerSchema } from "@/lib/zod/servers";
import { timestamp } from "@/lib/zod/api";

// The JSON API's shapes for categories, servers, channels and members (lib/api/endpoints/servers.ts).

export const categorySchema = z.object({ id: z.string(), name: z.string(), slug: z.string() }).meta({ id: "Category" });

const categoryRef = z.object({ name: z.string(), slug: z.string() });
const memberRole = z.enum(["OWNER", "MODERATOR", "MEMBER"]);

export const channelSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    topic: z.string(),
    slowModeSeconds: z.number().int().describe("Slow mode: one message per this many seconds per member (0: off; owner and moderators are exempt)."),
    private: z.boolean().describe("Only its chosen members (`/channels/{channelId}/members`) and the server's owner and moderators see it."),
    conversationId: z.string().describe("Its messages: /conversations/{conversationId}/messages; live: private-conversation-{conversationId}."),
    unread: z.boolean().describe("Messages past your read receipt (members only)."),
  })
  .meta({ id: "Channel" });

export const serverSchema = z
  .object({
    id: z.string(),
    slug: z.string().describe("The web app's address: /s/{slug}."),
    name: z.string(),
    description: z.string(),
    icon: z.string().nullable(),
    visibility: z.enum(["PUBLIC", "PRIVATE"]),
    linkPreviews: z.boolean().describe("Whether new messages in its channels get link previews (`PUT /servers/{serverId}/link-previews`)."),
    memberCount: z.number().int(),
    category: categoryRef,
    role: memberRole.nullable().describe("Your role here; null when you are not a member."),
    channels: z.array(channelSchema),
  })
  .meta({ id: "Server" });

export const serverSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    icon: z.string().nullable(),
    memberCount: z.number().int(),
    lastActivityAt: timestamp,
    createdAt: timestamp,
    category: categoryRef,
    channels: z.array(z.object({ name: z.string(), slug: z.string() })).describe("The first few channels."),
    joined: z.boolean(),
  })
  .meta({ id: "ServerSummary" });

export const myServerSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), icon: z.string().nullable(), role: memberRole, unread: z.boolean() })
  .meta({ id: "MyServer" });

export const memberSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    image: z.string().nullable(),
    role: memberRole,
    joinedAt: timestamp,
    lastSeenAt: timestamp.nullable(),
    online: z.boolean().describe("Their app was open in the last two minutes."),
    looksLikeStaff: z.boolean().describe("Not staff, but their display name looks the same as the owner's or a moderator's (Unicode confusables, case and accents folded): a possible impersonation."),
    timedOutUntil: timestamp.nullable().describe("Timed out by a moderator until then: reads, but cannot post or react."),
  })
  .meta({ id: "Member" });

export const serverParams = z.object({ serverId: id });

/** Like /explore's query, but strict: a bad value is a 400 naming it, not a silent default. */
export const serverSearchQuery = z.object({
  q: z.string().trim().max(100).default("").describe("Words to find in names, descriptions and channel names."),
  category: z.string().trim().max(64).regex(/^[a-z0-9-]*$/, "Use a category slug").default("").describe("A category's slug."),
  sort: z.enum(EXPLORE_SORTS).default("members"),
  cursor: z.string().max(300).optional().describe("From the previous page's nextCursor (with the same sort)."),
  limit: z.coerce.number().int().min(1).max(100).default(EXPLORE_PAGE_SIZE),
});

/** A new server; an icon is given as an https address (uploads are a web-form feature). */
export const createServerBody = createServerSchema.omit({ icon: true });

export const channelMemberParams = z.object({ channelId: id, userId: id });

export const channelMemberApiSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    image: z.string().nullable(),
    role: memberRole.describe("Their role in the server."),
    addedAt: timestamp,
  })
  .meta({ id: "ChannelMember" });

export const channelPrivacySchema = z
  .object({ channelId: z.string(), private: z.boolean() })
  .meta({ id: "ChannelPrivacy" });
