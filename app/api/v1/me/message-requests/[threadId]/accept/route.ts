import { routes } from "@/lib/api/endpoint";
import { acceptMessageRequestEndpoint } from "@/lib/api/endpoints/message-requests";

export const { POST, OPTIONS } = routes(acceptMessageRequestEndpoint);
