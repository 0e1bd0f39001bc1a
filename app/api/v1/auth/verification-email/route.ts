import { routes } from "@/lib/api/endpoint";
import { requestVerificationEmailEndpoint } from "@/lib/api/endpoints/accounts";

export const { POST, OPTIONS } = routes(requestVerificationEmailEndpoint);
