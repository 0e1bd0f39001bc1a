import { routes } from "@/lib/api/endpoint";
import { markConversationReadEndpoint } from "@/lib/api/endpoints/unread";

export const { POST, OPTIONS } = routes(markConversationReadEndpoint);
