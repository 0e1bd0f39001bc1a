import { routes } from "@/lib/api/endpoint";
import { listCategoriesEndpoint } from "@/lib/api/endpoints/servers";

export const { GET, OPTIONS } = routes(listCategoriesEndpoint);
