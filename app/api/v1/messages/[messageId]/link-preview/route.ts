import { routes } from "@/lib/api/endpoint";
import { removeLinkPreviewEndpoint } from "@/lib/api/endpoints/link-previews";

export const { DELETE, OPTIONS } = routes(removeLinkPreviewEndpoint);
