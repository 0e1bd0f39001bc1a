import { routes } from "@/lib/api/endpoint";
import { resendVerificationEndpoint } from "@/lib/api/endpoints/accounts";

export const { POST, OPTIONS } = routes(resendVerificationEndpoint);
