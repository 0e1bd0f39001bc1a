import { routes } from "@/lib/api/endpoint";
import { getUnreadSummary } from "@/lib/api/endpoints/unread";

export const { GET, OPTIONS } = routes(getUnreadSummary);
