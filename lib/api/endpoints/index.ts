import type { Endpoint } from "@/lib/api/endpoint";
import { createToken, refreshToken, revokeToken } from "@/lib/api/endpoints/auth";
import { getMe, heartbeat, listMyServers, updateMe } from "@/lib/api/endpoints/me";
import { deleteMessageEndpoint, hideMessageEndpoint, listMessagesEndpoint, markReceiptsEndpoint, sendMessageEndpoint } from "@/lib/api/endpoints/messages";
import { authorizeRealtime, getRealtimeConfig } from "@/lib/api/endpoints/realtime";
import {
  createServerEndpoint,
  getServer,
  joinServerEndpoint,
  leaveServerEndpoint,
  listCategoriesEndpoint,
  listChannels,
  listMembersEndpoint,
  searchServers,
} from "@/lib/api/endpoints/servers";
import { getThread, listThreads, searchPeople, startThreadEndpoint } from "@/lib/api/endpoints/threads";

/** Every endpoint of /api/v1, in documentation order. A test checks each is mounted by a route file and vice versa. */
export const apiEndpoints: Endpoint[] = [
  createToken,
  refreshToken,
  revokeToken,
  getMe,
  updateMe,
  listMyServers,
  heartbeat,
  listCategoriesEndpoint,
  searchServers,
  createServerEndpoint,
  getServer,
  joinServerEndpoint,
  leaveServerEndpoint,
  listChannels,
  listMembersEndpoint,
  listMessagesEndpoint,
  sendMessageEndpoint,
  markReceiptsEndpoint,
  deleteMessageEndpoint,
  hideMessageEndpoint,
  listThreads,
  startThreadEndpoint,
  getThread,
  searchPeople,
  getRealtimeConfig,
  authorizeRealtime,
];
