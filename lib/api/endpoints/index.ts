import type { Endpoint } from "@/lib/api/endpoint";
import { createToken, refreshToken, revokeToken } from "@/lib/api/endpoints/auth";
import { getMe } from "@/lib/api/endpoints/me";
import { authorizeRealtime, getRealtimeConfig } from "@/lib/api/endpoints/realtime";

/** Every endpoint of /api/v1, in documentation order. A test checks each is mounted by a route file and vice versa. */
export const apiEndpoints: Endpoint[] = [createToken, refreshToken, revokeToken, getMe, getRealtimeConfig, authorizeRealtime];
