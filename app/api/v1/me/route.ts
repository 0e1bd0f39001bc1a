import { routes } from "@/lib/api/endpoint";
import { getMe, updateMe } from "@/lib/api/endpoints/me";

export const { GET, PATCH, OPTIONS } = routes(getMe, updateMe);
