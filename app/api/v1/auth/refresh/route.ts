import { routes } from "@/lib/api/endpoint";
import { refreshToken } from "@/lib/api/endpoints/auth";

export const { POST, OPTIONS } = routes(refreshToken);
