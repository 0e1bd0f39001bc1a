import { routes } from "@/lib/api/endpoint";
import { getOpenApiDocument } from "@/lib/api/endpoints/openapi";

export const { GET, OPTIONS } = routes(getOpenApiDocument);
