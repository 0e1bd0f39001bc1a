import { apiRouteFiles, matchRoute } from "./api-routes";
import { TEST_PASSWORD } from "./factories";

// A small client of /api/v1 for tests. By default it calls the route handlers in-process (as
// Next.js would, with the route's params); pass `fetch` to talk to a running app over HTTP.

export type Fetcher = (request: Request) => Promise<Response>;

const routes = apiRouteFiles();

/** Routes a request to the handler exported by the matching app/api/v1 route file. */
export const dispatch: Fetcher = async (request) => {
  const pathname = new URL(request.url).pathname.replace(/^\/api\/v1/, "");
  const match = matchRoute(routes, pathname);
  if (!match) return new Response("no route", { status: 404 });
  const routeModule = (await import(match.route.file)) as Record<string, unknown>;
  const handler = routeModule[request.method] as ((r: Request, c: unknown) => Promise<Response>) | undefined;
  if (!handler) return new Response(null, { status: 405 });
  return handler(request, { params: Promise.resolve(match.params) });
};

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T }; // eslint-disable-line @typescript-eslint/no-explicit-any

type CallOptions = { token?: string; body?: unknown; headers?: Record<string, string> };

export function apiClient({ fetcher = dispatch, baseUrl = "http://test.local" }: { fetcher?: Fetcher; baseUrl?: string } = {}) {
  async function call(method: string, path: string, { token, body, headers }: CallOptions = {}): Promise<ApiResponse> {
    const request = new Request(new URL(`/api/v1${path}`, baseUrl), {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const response = await fetcher(request);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  }

  /** Signs in through POST /auth/token; the returned session sends its access token with each call. */
  async function signIn(user: { email: string }, password = TEST_PASSWORD) {
    const response = await call("POST", "/auth/token", { body: { email: user.email, password } });
    if (response.status !== 201) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    const tokens = response.body as { access: string; refresh: string };
    const as = (method: string) => (path: string, options: Omit<CallOptions, "token"> = {}) => call(method, path, { ...options, token: tokens.access });
    return { tokens, get: as("GET"), post: as("POST"), put: as("PUT"), patch: as("PATCH"), delete: as("DELETE") };
  }

  return { call, signIn };
}

export type ApiSession = Awaited<ReturnType<ReturnType<typeof apiClient>["signIn"]>>;
