import { routes } from "@/lib/api/endpoint";
import { createToken } from "@/lib/api/endpoints/auth";

export const { POST, OPTIONS } = routes(createToken);
