import { routes } from "@/lib/api/endpoint";
import { setSlowModeEndpoint } from "@/lib/api/endpoints/moderation";

export const { PUT, OPTIONS } = routes(setSlowModeEndpoint);
