import { routes } from "@/lib/api/endpoint";
import { heartbeat } from "@/lib/api/endpoints/me";

export const { POST, OPTIONS } = routes(heartbeat);
