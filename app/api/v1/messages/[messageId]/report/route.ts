import { routes } from "@/lib/api/endpoint";
import { reportMessageEndpoint } from "@/lib/api/endpoints/reports";

export const { POST, OPTIONS } = routes(reportMessageEndpoint);
