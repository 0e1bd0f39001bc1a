import { AsyncLocalStorage } from "node:async_hooks";

// What a server action or route handler would get from Next.js for one request, in integration
// tests: the session cookie's contents (just the session id: the session row and the user are
// real and checked for real) and the request headers. Set per call with `as(user, fn)` or for
// a whole test with `actAs(user)`; concurrent calls don't see each other's context.

export type RequestContext = { sessionId?: string; headers: Headers };

const storage = new AsyncLocalStorage<RequestContext>();
let fallback: RequestContext = { headers: new Headers() };

export function currentRequest(): RequestContext {
  return storage.getStore() ?? fallback;
}

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function setDefaultRequest(context: RequestContext) {
  fallback = context;
}
