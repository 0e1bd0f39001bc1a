import { routes } from "@/lib/api/endpoint";
import { requestPasswordResetEndpoint } from "@/lib/api/endpoints/accounts";

export const { POST, OPTIONS } = routes(requestPasswordResetEndpoint);
