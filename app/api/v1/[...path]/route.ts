import { unknownEndpoint } from "@/lib/api/unknown-endpoint";

// Not an endpoint: the JSON 404 for every path under /api/v1 that names none.
export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE, unknownEndpoint as OPTIONS };
