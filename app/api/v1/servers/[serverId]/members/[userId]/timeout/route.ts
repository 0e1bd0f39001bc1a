import { routes } from "@/lib/api/endpoint";
import { timeOutMemberEndpoint } from "@/lib/api/endpoints/moderation";

export const { POST, OPTIONS } = routes(timeOutMemberEndpoint);
