import { routes } from "@/lib/api/endpoint";
import { searchPeople } from "@/lib/api/endpoints/threads";

export const { GET, OPTIONS } = routes(searchPeople);
