import "server-only";
import type { ApiUser } from "@/lib/api/bearer";
import { endpoint } from "@/lib/api/endpoint";
import { notFound } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { listRecentThreads } from "@/lib/navigation/queries";
import { searchUsers, threadForViewer } from "@/lib/threads/queries";
import { startThread } from "@/lib/threads/start-thread";
import { list } from "@/lib/zod/api";
import {
  addParticipantsBody,
  createdThreadSchema,
  participantParams,
  personSchema,
  renameThreadBody,
  startThreadBody,
  threadListQuery,
  threadParams,
  threadSchema,
  threadSettingsBody,
  threadSummarySchema,
  userSearchQuery,
} from "@/lib/zod/api-messaging";
import { addParticipants } from "@/lib/threads/add-participants";
import { leaveThread } from "@/lib/threads/leave-thread";
import { removeParticipant } from "@/lib/threads/remove-participant";
import { renameThread } from "@/lib/threads/rename-thread";
import { setThreadSettings } from "@/lib/threads/thread-settings";

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
    description:
      "Everyone must have a verified email address; groups may have a title, `history` (what people added later read: `ALL`, or `SINCE_JOIN`) and `anyoneManages` (everyone may rename it and add or remove people; else only you). Find people's ids with /users.",
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

const manages = "A group's creator may, or everyone in it when it allows (`anyoneManages`); a one-to-one thread can't be changed (403).";

export const renameThreadEndpoint = endpoint(
  {
    id: "renameThread",
    method: "PATCH",
    path: "/threads/{threadId}",
    tag,
    summary: "Rename a group thread",
    description: `${manages} An empty title names it after its people again. Everyone subscribed gets \`thread.changed\`.`,
    auth: "verified",
    params: threadParams,
    body: renameThreadBody,
    response: threadSchema,
  },
  async ({ user, params, body }) => {
    await renameThread(user, { threadId: params.threadId, title: body.title });
    return viewOf(user, params.threadId);
  },
);

export const threadSettingsEndpoint = endpoint(
  {
    id: "setThreadSettings",
    method: "PUT",
    path: "/threads/{threadId}/settings",
    tag,
    summary: "Let everyone in a group manage it, or only its creator",
    description: "Only the group's creator (403 for anyone else in it).",
    auth: "verified",
    params: threadParams,
    body: threadSettingsBody,
    response: threadSchema,
  },
  async ({ user, params, body }) => {
    await setThreadSettings(user, { threadId: params.threadId, anyoneManages: body.anyoneManages });
    return viewOf(user, params.threadId);
  },
);

export const addParticipantsEndpoint = endpoint(
  {
    id: "addThreadParticipants",
    method: "POST",
    path: "/threads/{threadId}/participants",
    tag,
    summary: "Add people to a group thread",
    description: `${manages} Up to ${THREAD_MAX_PARTICIPANTS} people in all, each active and verified; none may have blocked you (403, without saying who). With \`history: SINCE_JOIN\` they read from their joining on; they start with nothing unread.`,
    auth: "verified",
    params: threadParams,
    body: addParticipantsBody,
    response: threadSchema,
  },
  async ({ user, params, body }) => {
    await addParticipants(user, { threadId: params.threadId, userIds: body.userIds });
    return viewOf(user, params.threadId);
  },
);

export const removeParticipantEndpoint = endpoint(
  {
    id: "removeThreadParticipant",
    method: "DELETE",
    path: "/threads/{threadId}/participants/{userId}",
    tag,
    summary: "Remove someone from a group thread",
    description: `${manages} Nobody removes the group's creator (403); removing yourself is leaving. They get \`thread.ended\` on their user channel.`,
    auth: "verified",
    params: participantParams,
  },
  async ({ user, params }) => {
    await removeParticipant(user, params);
  },
);

export const leaveThreadEndpoint = endpoint(
  {
    id: "leaveThread",
    method: "POST",
    path: "/threads/{threadId}/leave",
    tag,
    summary: "Leave a group thread",
    description: "When its creator leaves, the longest-standing participant becomes its creator; when the last person leaves, it is deleted. Your other clients get `thread.ended`.",
    auth: "user",
    params: threadParams,
  },
  async ({ user, params }) => {
    await leaveThread(user, params);
  },
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
  return {
    id: thread.id,
    conversationId: thread.conversationId,
    title: thread.displayTitle,
    direct: thread.direct,
    participants: thread.participants.map(toPerson),
    createdById: thread.createdById,
    anyoneManages: thread.anyoneManages,
    history: thread.history,
    canManage: thread.canManage,
    request: thread.request,
  };
}

function toPerson<P extends { lastSeenAt: Date | null }>({ lastSeenAt, ...person }: P) {
  return { ...person, lastSeenAt: lastSeenAt?.toISOString() ?? null };
}
