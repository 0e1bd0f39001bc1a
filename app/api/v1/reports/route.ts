import { routes } from "@/lib/api/endpoint";
import { listReports } from "@/lib/api/endpoints/reports";

export const { GET, OPTIONS } = routes(listReports);
