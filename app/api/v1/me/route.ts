import { routes } from "@/lib/api/endpoint";
import { getMe } from "@/lib/api/endpoints/me";

export const { GET, OPTIONS } = routes(getMe);
