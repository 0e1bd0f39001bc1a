import { routes } from "@/lib/api/endpoint";
import { resetPasswordEndpoint } from "@/lib/api/endpoints/accounts";

export const { POST, OPTIONS } = routes(resetPasswordEndpoint);
