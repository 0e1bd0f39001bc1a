import { routes } from "@/lib/api/endpoint";
import { getNotificationPreferencesEndpoint, setNotificationPreferencesEndpoint } from "@/lib/api/endpoints/notifications";

export const { GET, PUT, OPTIONS } = routes(getNotificationPreferencesEndpoint, setNotificationPreferencesEndpoint);
