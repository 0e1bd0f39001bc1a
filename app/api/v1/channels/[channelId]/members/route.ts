import { routes } from "@/lib/api/endpoint";
import { addChannelMembersEndpoint, listChannelMembersEndpoint } from "@/lib/api/endpoints/channels";

export const { GET, POST, OPTIONS } = routes(listChannelMembersEndpoint, addChannelMembersEndpoint);
