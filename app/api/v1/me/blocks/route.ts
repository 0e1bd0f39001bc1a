import { routes } from "@/lib/api/endpoint";
import { blockUserEndpoint, listBlocks } from "@/lib/api/endpoints/blocks";

export const { GET, POST, OPTIONS } = routes(listBlocks, blockUserEndpoint);
