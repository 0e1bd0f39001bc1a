import { routes } from "@/lib/api/endpoint";
import { listServerReports } from "@/lib/api/endpoints/reports";

export const { GET, OPTIONS } = routes(listServerReports);
