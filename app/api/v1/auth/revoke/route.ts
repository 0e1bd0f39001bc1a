import { routes } from "@/lib/api/endpoint";
import { revokeToken } from "@/lib/api/endpoints/auth";

export const { POST, OPTIONS } = routes(revokeToken);
