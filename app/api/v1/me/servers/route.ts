import { routes } from "@/lib/api/endpoint";
import { listMyServers } from "@/lib/api/endpoints/me";

export const { GET, OPTIONS } = routes(listMyServers);
