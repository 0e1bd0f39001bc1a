import { routes } from "@/lib/api/endpoint";
import { discardUploadEndpoint } from "@/lib/api/endpoints/files";

export const { DELETE, OPTIONS } = routes(discardUploadEndpoint);
