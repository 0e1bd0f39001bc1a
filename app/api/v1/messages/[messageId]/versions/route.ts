import { routes } from "@/lib/api/endpoint";
import { messageVersionsEndpoint } from "@/lib/api/endpoints/messages";

export const { GET, OPTIONS } = routes(messageVersionsEndpoint);
