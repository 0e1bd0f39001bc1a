import { routes } from "@/lib/api/endpoint";
import { getThread, renameThreadEndpoint } from "@/lib/api/endpoints/threads";

export const { GET, PATCH, OPTIONS } = routes(getThread, renameThreadEndpoint);
