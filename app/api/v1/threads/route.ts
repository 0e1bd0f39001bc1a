import { routes } from "@/lib/api/endpoint";
import { listThreads, startThreadEndpoint } from "@/lib/api/endpoints/threads";

export const { GET, POST, OPTIONS } = routes(listThreads, startThreadEndpoint);
