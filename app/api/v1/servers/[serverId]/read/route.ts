import { routes } from "@/lib/api/endpoint";
import { markServerReadEndpoint } from "@/lib/api/endpoints/unread";

export const { POST, OPTIONS } = routes(markServerReadEndpoint);
