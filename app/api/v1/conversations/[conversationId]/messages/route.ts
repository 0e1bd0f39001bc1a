import { routes } from "@/lib/api/endpoint";
import { listMessagesEndpoint, sendMessageEndpoint } from "@/lib/api/endpoints/messages";

export const { GET, POST, OPTIONS } = routes(listMessagesEndpoint, sendMessageEndpoint);
