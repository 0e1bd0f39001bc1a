import { routes } from "@/lib/api/endpoint";
import { threadSettingsEndpoint } from "@/lib/api/endpoints/threads";

export const { PUT, OPTIONS } = routes(threadSettingsEndpoint);
