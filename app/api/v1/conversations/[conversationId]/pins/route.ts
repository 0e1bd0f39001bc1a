import { routes } from "@/lib/api/endpoint";
import { listPinsEndpoint } from "@/lib/api/endpoints/pins";

export const { GET, OPTIONS } = routes(listPinsEndpoint);
