import { routes } from "@/lib/api/endpoint";
import { getServer } from "@/lib/api/endpoints/servers";

export const { GET, OPTIONS } = routes(getServer);
