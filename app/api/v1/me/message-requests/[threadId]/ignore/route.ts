import { routes } from "@/lib/api/endpoint";
import { ignoreMessageRequestEndpoint } from "@/lib/api/endpoints/message-requests";

export const { POST, OPTIONS } = routes(ignoreMessageRequestEndpoint);
