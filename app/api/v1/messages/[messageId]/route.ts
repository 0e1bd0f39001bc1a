import { routes } from "@/lib/api/endpoint";
import { deleteMessageEndpoint, editMessageEndpoint, locateMessageEndpoint } from "@/lib/api/endpoints/messages";

export const { GET, PATCH, DELETE, OPTIONS } = routes(locateMessageEndpoint, editMessageEndpoint, deleteMessageEndpoint);
