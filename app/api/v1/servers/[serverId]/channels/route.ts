import { routes } from "@/lib/api/endpoint";
import { listChannels } from "@/lib/api/endpoints/servers";

export const { GET, OPTIONS } = routes(listChannels);
