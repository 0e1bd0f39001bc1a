import { routes } from "@/lib/api/endpoint";
import { deleteMessageEndpoint } from "@/lib/api/endpoints/messages";

export const { DELETE, OPTIONS } = routes(deleteMessageEndpoint);
