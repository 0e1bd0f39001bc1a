import { routes } from "@/lib/api/endpoint";
import { verifyEmailEndpoint } from "@/lib/api/endpoints/accounts";

export const { POST, OPTIONS } = routes(verifyEmailEndpoint);
