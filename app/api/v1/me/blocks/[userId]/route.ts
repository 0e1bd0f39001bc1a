import { routes } from "@/lib/api/endpoint";
import { unblockUserEndpoint } from "@/lib/api/endpoints/blocks";

export const { DELETE, OPTIONS } = routes(unblockUserEndpoint);
