import { routes } from "@/lib/api/endpoint";
import { listMessageRequestsEndpoint } from "@/lib/api/endpoints/message-requests";

export const { GET, OPTIONS } = routes(listMessageRequestsEndpoint);
