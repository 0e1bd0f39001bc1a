import { routes } from "@/lib/api/endpoint";
import { requestUploadEndpoint } from "@/lib/api/endpoints/files";

export const { POST, OPTIONS } = routes(requestUploadEndpoint);
