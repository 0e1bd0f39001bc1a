import { routes } from "@/lib/api/endpoint";
import { markUnreadEndpoint } from "@/lib/api/endpoints/unread";

export const { POST, OPTIONS } = routes(markUnreadEndpoint);
