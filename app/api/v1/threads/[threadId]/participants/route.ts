import { routes } from "@/lib/api/endpoint";
import { addParticipantsEndpoint } from "@/lib/api/endpoints/threads";

export const { POST, OPTIONS } = routes(addParticipantsEndpoint);
