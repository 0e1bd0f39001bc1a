import { routes } from "@/lib/api/endpoint";
import { leaveThreadEndpoint } from "@/lib/api/endpoints/threads";

export const { POST, OPTIONS } = routes(leaveThreadEndpoint);
