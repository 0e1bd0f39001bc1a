import type { ApiUser } from "@/lib/api/bearer";
import { endpoint } from "@/lib/api/endpoint";
import { notFound } from "@/lib/errors";
import { listRecentThreads } from "@/lib/navigation/queries";
import { searchUsers, threadForViewer } from "@/lib/threads/queries";
import { startThread } from "@/lib/threads/start-thread";
import { list } from "@/lib/zod/api";
import { createdThreadSchema, personSchema, startThreadBody, threadListQuery, threadParams, threadSchema, threadSummarySchema, userSearchQuery } from "@/lib/zod/api-messaging";

const tag = "Threads";

export const listThreads = endpoint(
  {
    id: "listThreads",
    method: "GET",
    path: "/threads",
    tag,
    summary: "Your direct threads, most recent message first",
    description: "Keep the list current from `conversation.activity` events on your user channel (`private-user-<your id>`).",
    auth: "user",
    query: threadListQuery,
    response: list(threadSummarySchema),
  },
  async ({ user, query }) => {
    const threads = await listRecentThreads(user.id, query.limit);
    return { items: threads.map((thread) => ({ ...thread, lastMessageAt: thread.lastMessageAt?.toISOString() ?? null })) };
  },
);

export const startThreadEndpoint = endpoint(
  {
    id: "startThread",
    method: "POST",
    path: "/threads",
    tag,
    summary: "Start a thread with one person (reused if it exists) or a group",
    description: "Everyone must have a verified email address; groups may have a title. Find people's ids with /users.",
    auth: "verified",
    body: startThreadBody,
    response: createdThreadSchema,
    status: 201,
  },
  async ({ user, body }) => {
    const { id, reused } = await startThread(user, body);
    return { ...(await viewOf(user, id)), reused };
  },
);

export const getThread = endpoint(
  { id: "getThread", method: "GET", path: "/threads/{threadId}", tag, summary: "A thread you are in", auth: "user", params: threadParams, response: threadSchema },
  ({ user, params }) => viewOf(user, params.threadId),
);

export const searchPeople = endpoint(
  {
    id: "searchUsers",
    method: "GET",
    path: "/users",
    tag,
    summary: "Find people to message, by username or name",
    description: "Only active accounts with a verified email address, other than you.",
    auth: "user",
    query: userSearchQuery,
    response: list(personSchema),
  },
  async ({ user, query }) => {
    const people = await searchUsers(user.id, query.q, query.limit);
    return { items: people.map(toPerson) };
  },
);

async function viewOf(user: ApiUser, threadId: string) {
  const thread = await threadForViewer(user.id, threadId);
  if (!thread) throw notFound("Thread");
  return { id: thread.id, conversationId: thread.conversationId, title: thread.displayTitle, direct: thread.direct, participants: thread.participants.map(toPerson) };
}

function toPerson<P extends { lastSeenAt: Date | null }>({ lastSeenAt, ...person }: P) {
  return { ...person, lastSeenAt: lastSeenAt?.toISOString() ?? null };
}
