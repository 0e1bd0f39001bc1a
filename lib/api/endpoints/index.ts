import type { Endpoint } from "@/lib/api/endpoint";
import { createToken, refreshToken, revokeToken } from "@/lib/api/endpoints/auth";
import { getMe, listMyServers, updateMe } from "@/lib/api/endpoints/me";
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

/** Every endpoint of /api/v1, in documentation order. A test checks each is mounted by a route file and vice versa. */
export const apiEndpoints: Endpoint[] = [
  createToken,
  refreshToken,
  revokeToken,
  getMe,
  updateMe,
  listMyServers,
  listCategoriesEndpoint,
  searchServers,
  createServerEndpoint,
  getServer,
  joinServerEndpoint,
  leaveServerEndpoint,
  listChannels,
  listMembersEndpoint,
  getRealtimeConfig,
  authorizeRealtime,
];
