import { routes } from "@/lib/api/endpoint";
import { removeChannelMemberEndpoint } from "@/lib/api/endpoints/channels";

export const { DELETE, OPTIONS } = routes(removeChannelMemberEndpoint);
