import { routes } from "@/lib/api/endpoint";
import { markReceiptsEndpoint } from "@/lib/api/endpoints/messages";

export const { POST, OPTIONS } = routes(markReceiptsEndpoint);
