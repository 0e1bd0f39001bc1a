import "server-only";
import { withCors } from "@/lib/api/cors";
import { jsonError } from "@/lib/http";

/** Paths below /api/v1 that name no endpoint: the API's JSON error rather than the HTML 404 page. */
export async function unknownEndpoint(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return withCors(request, jsonError("not_found", `There is no endpoint ${request.method} ${pathname}: see /api/v1/openapi.json.`));
}
