import { routes } from "@/lib/api/endpoint";
import { searchMessagesEndpoint } from "@/lib/api/endpoints/search";

export const { GET, OPTIONS } = routes(searchMessagesEndpoint);
