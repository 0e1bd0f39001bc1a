import { routes } from "@/lib/api/endpoint";
import { listFilesEndpoint } from "@/lib/api/endpoints/files";

export const { GET, OPTIONS } = routes(listFilesEndpoint);
