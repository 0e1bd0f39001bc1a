import { routes } from "@/lib/api/endpoint";
import { resolveReportEndpoint } from "@/lib/api/endpoints/reports";

export const { POST, OPTIONS } = routes(resolveReportEndpoint);
