import { routes } from "@/lib/api/endpoint";
import { authorizeRealtime } from "@/lib/api/endpoints/realtime";

export const { POST, OPTIONS } = routes(authorizeRealtime);
