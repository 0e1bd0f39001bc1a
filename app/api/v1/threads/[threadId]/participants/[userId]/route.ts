import { routes } from "@/lib/api/endpoint";
import { removeParticipantEndpoint } from "@/lib/api/endpoints/threads";

export const { DELETE, OPTIONS } = routes(removeParticipantEndpoint);
