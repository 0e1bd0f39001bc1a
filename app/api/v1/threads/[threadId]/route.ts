import { routes } from "@/lib/api/endpoint";
import { getThread } from "@/lib/api/endpoints/threads";

export const { GET, OPTIONS } = routes(getThread);
