import { routes } from "@/lib/api/endpoint";
import { signUpEndpoint } from "@/lib/api/endpoints/accounts";

export const { POST, OPTIONS } = routes(signUpEndpoint);
