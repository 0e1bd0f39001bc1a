import { routes } from "@/lib/api/endpoint";
import { setNotificationSettingEndpoint } from "@/lib/api/endpoints/unread";

export const { PUT, OPTIONS } = routes(setNotificationSettingEndpoint);
