import { routes } from "@/lib/api/endpoint";
import { getServerNotificationSettingEndpoint, setServerNotificationSettingEndpoint } from "@/lib/api/endpoints/unread";

export const { GET, PUT, OPTIONS } = routes(getServerNotificationSettingEndpoint, setServerNotificationSettingEndpoint);
