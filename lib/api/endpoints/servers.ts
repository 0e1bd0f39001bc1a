import "server-only";
import { serverAccess } from "@/lib/access/server";
import type { ApiUser } from "@/lib/api/bearer";
import { endpoint } from "@/lib/api/endpoint";
import { fieldError, notFound } from "@/lib/errors";
import { joinServer } from "@/lib/members/join-server";
import { leaveServer } from "@/lib/members/leave-server";
import { listMembers, MEMBER_LIST_LIMIT } from "@/lib/members/queries";
import { createServer } from "@/lib/servers/create-server";
import { decodeCursor, exploreServers } from "@/lib/servers/explore";
import { getServerView, listCategories, type ServerView } from "@/lib/servers/queries";
import { cursorPage, list } from "@/lib/zod/api";
import {
  categorySchema,
  channelSchema,
  createServerBody,
  memberSchema,
  serverParams,
  serverSchema,
  serverSearchQuery,
  serverSummarySchema,
} from "@/lib/zod/api-communities";

export const listCategoriesEndpoint = endpoint(
  { id: "listCategories", method: "GET", path: "/categories", tag: "Servers", summary: "Categories, in display order", auth: "user", response: list(categorySchema) },
  async () => ({ items: await listCategories() }),
);

export const searchServers = endpoint(
  {
    id: "searchServers",
    method: "GET",
    path: "/servers",
    tag: "Servers",
    summary: "Find public servers (as on Explore)",
    description: "Search by words, filter by category, sort by members, recent activity or age. Servers that banned you are left out.",
    auth: "user",
    query: serverSearchQuery,
    response: cursorPage(serverSummarySchema),
  },
  async ({ user, query }) => {
    if (query.cursor && !decodeCursor(query.cursor, query.sort)) throw fieldError("cursor", "This cursor is not from a page with this sort: start again without it.");
    const { servers, nextCursor } = await exploreServers(user.id, query, query.limit);
    const items = servers.map(({ categoryName, categorySlug, lastActivityAt, createdAt, ...server }) => ({
      ...server,
      category: { name: categoryName, slug: categorySlug },
      lastActivityAt: lastActivityAt.toISOString(),
      createdAt: createdAt.toISOString(),
    }));
    return { items, nextCursor };
  },
);

export const createServerEndpoint = endpoint(
  {
    id: "createServer",
    method: "POST",
    path: "/servers",
    tag: "Servers",
    summary: "Create a server (you own it; it starts with #general)",
    auth: "verified",
    body: createServerBody,
    response: serverSchema,
    status: 201,
    errors: ["rate_limited"],
  },
  async ({ user, body }) => {
    const created = await createServer(user, { ...body, icon: undefined });
    return viewOf(user, created.id);
  },
);

export const getServer = endpoint(
  { id: "getServer", method: "GET", path: "/servers/{serverId}", tag: "Servers", summary: "A server with its channels", auth: "user", params: serverParams, response: serverSchema },
  ({ user, params }) => viewOf(user, params.serverId),
);

export const joinServerEndpoint = endpoint(
  {
    id: "joinServer",
    method: "POST",
    path: "/servers/{serverId}/join",
    tag: "Servers",
    summary: "Join a public server",
    description: "Joining twice is harmless. Private servers are joined by invitation, in the web app.",
    auth: "verified",
    params: serverParams,
    response: serverSchema,
    errors: ["rate_limited"],
  },
  async ({ user, params }) => {
    await joinServer(user, params);
    return viewOf(user, params.serverId);
  },
);

export const leaveServerEndpoint = endpoint(
  {
    id: "leaveServer",
    method: "POST",
    path: "/servers/{serverId}/leave",
    tag: "Servers",
    summary: "Leave a server",
    description: "The owner cannot leave (409): they hand the server over first, in the web app.",
    auth: "user",
    params: serverParams,
    errors: ["conflict"],
  },
  async ({ user, params }) => {
    await leaveServer(user, params);
  },
);

export const listChannels = endpoint(
  {
    id: "listChannels",
    method: "GET",
    path: "/servers/{serverId}/channels",
    tag: "Servers",
    summary: "A server's channels, in order",
    auth: "user",
    params: serverParams,
    response: list(channelSchema),
  },
  async ({ user, params }) => ({ items: (await viewOf(user, params.serverId)).channels }),
);

export const listMembersEndpoint = endpoint(
  {
    id: "listMembers",
    method: "GET",
    path: "/servers/{serverId}/members",
    tag: "Servers",
    summary: `A server's members: owner, moderators, then members by name (the first ${MEMBER_LIST_LIMIT})`,
    auth: "user",
    params: serverParams,
    response: list(memberSchema),
  },
  async ({ user, params }) => {
    const { id } = await viewOf(user, params.serverId);
    const members = await listMembers(id);
    return {
      items: members.map(({ joinedAt, lastSeenAt, timedOutUntil, ...member }) => ({
        ...member,
        joinedAt: joinedAt.toISOString(),
        lastSeenAt: lastSeenAt?.toISOString() ?? null,
        timedOutUntil: timedOutUntil?.toISOString() ?? null,
      })),
    };
  },
);

/** The server as the web app's pages show it to `user`, or 404 when they may not see it. */
async function viewOf(user: ApiUser, serverId: string) {
  const access = await serverAccess(user, { id: serverId });
  const view = access && (await getServerView(user, access.server.slug));
  if (!view) throw notFound("Server");
  return toServer(view);
}

function toServer(view: ServerView) {
  return {
    id: view.id,
    slug: view.slug,
    name: view.name,
    description: view.description,
    icon: view.icon,
    visibility: view.visibility,
    linkPreviews: view.linkPreviews,
    memberCount: view.memberCount,
    category: view.category,
    role: view.access.role,
    channels: view.channels,
  };
}
