import { routes } from "@/lib/api/endpoint";
import { listActivityEndpoint } from "@/lib/api/endpoints/unread";

export const { GET, OPTIONS } = routes(listActivityEndpoint);
