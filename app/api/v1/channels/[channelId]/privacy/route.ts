import { routes } from "@/lib/api/endpoint";
import { setChannelPrivacyEndpoint } from "@/lib/api/endpoints/channels";

export const { PUT, OPTIONS } = routes(setChannelPrivacyEndpoint);
