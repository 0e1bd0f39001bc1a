import { routes } from "@/lib/api/endpoint";
import { leaveServerEndpoint } from "@/lib/api/endpoints/servers";

export const { POST, OPTIONS } = routes(leaveServerEndpoint);
