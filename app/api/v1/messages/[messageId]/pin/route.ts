import { routes } from "@/lib/api/endpoint";
import { pinMessageEndpoint, unpinMessageEndpoint } from "@/lib/api/endpoints/pins";

export const { PUT, DELETE, OPTIONS } = routes(pinMessageEndpoint, unpinMessageEndpoint);
