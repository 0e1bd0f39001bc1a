import { routes } from "@/lib/api/endpoint";
import { hideMessageEndpoint } from "@/lib/api/endpoints/messages";

export const { POST, OPTIONS } = routes(hideMessageEndpoint);
