import { routes } from "@/lib/api/endpoint";
import { searchServers, createServerEndpoint } from "@/lib/api/endpoints/servers";

export const { GET, POST, OPTIONS } = routes(searchServers, createServerEndpoint);
