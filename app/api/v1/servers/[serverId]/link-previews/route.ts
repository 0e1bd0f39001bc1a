import { routes } from "@/lib/api/endpoint";
import { setLinkPreviewsEndpoint } from "@/lib/api/endpoints/link-previews";

export const { PUT, OPTIONS } = routes(setLinkPreviewsEndpoint);
