import { routes } from "@/lib/api/endpoint";
import { subscribePushEndpoint, unsubscribePushEndpoint } from "@/lib/api/endpoints/notifications";

export const { POST, DELETE, OPTIONS } = routes(subscribePushEndpoint, unsubscribePushEndpoint);
