import { routes } from "@/lib/api/endpoint";
import { markAllReadEndpoint } from "@/lib/api/endpoints/unread";

export const { POST, OPTIONS } = routes(markAllReadEndpoint);
