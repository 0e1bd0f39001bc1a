import { routes } from "@/lib/api/endpoint";
import { listMembersEndpoint } from "@/lib/api/endpoints/servers";

export const { GET, OPTIONS } = routes(listMembersEndpoint);
