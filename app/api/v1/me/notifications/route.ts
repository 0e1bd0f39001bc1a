import { routes } from "@/lib/api/endpoint";
import { listNotificationSettingsEndpoint } from "@/lib/api/endpoints/unread";

export const { GET, OPTIONS } = routes(listNotificationSettingsEndpoint);
