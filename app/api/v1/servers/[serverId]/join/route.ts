import { routes } from "@/lib/api/endpoint";
import { joinServerEndpoint } from "@/lib/api/endpoints/servers";

export const { POST, OPTIONS } = routes(joinServerEndpoint);
