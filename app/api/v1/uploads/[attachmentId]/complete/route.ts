import { routes } from "@/lib/api/endpoint";
import { completeUploadEndpoint } from "@/lib/api/endpoints/files";

export const { POST, OPTIONS } = routes(completeUploadEndpoint);
