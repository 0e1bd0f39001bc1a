import { routes } from "@/lib/api/endpoint";
import { addReactionEndpoint, listReactionsEndpoint, removeReactionEndpoint } from "@/lib/api/endpoints/reactions";

export const { GET, PUT, DELETE, OPTIONS } = routes(listReactionsEndpoint, addReactionEndpoint, removeReactionEndpoint);
