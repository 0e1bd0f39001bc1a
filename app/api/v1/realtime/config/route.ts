import { routes } from "@/lib/api/endpoint";
import { getRealtimeConfig } from "@/lib/api/endpoints/realtime";

export const { GET, OPTIONS } = routes(getRealtimeConfig);
