import { routes } from "@/lib/api/endpoint";
import { getMessagePolicyEndpoint, setMessagePolicyEndpoint } from "@/lib/api/endpoints/message-requests";

export const { GET, PUT, OPTIONS } = routes(getMessagePolicyEndpoint, setMessagePolicyEndpoint);
