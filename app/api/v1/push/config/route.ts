import { routes } from "@/lib/api/endpoint";
import { getPushConfig } from "@/lib/api/endpoints/notifications";

export const { GET, OPTIONS } = routes(getPushConfig);
