import { unique } from "./factories";
import { runInRequest } from "./request-context";

/**
 * A signed-out visitor with an address of its own, so that per-IP rate limits in one test never
 * touch another's: `const visitor = newVisitor(); await visitor.run(() => signUpAction(input))`.
 */
export function newVisitor(ip = `ip-${unique()}`) {
  const context = { headers: new Headers({ "x-forwarded-for": ip }) };
  return { ip, run: <T>(fn: () => T): T => runInRequest(context, fn) };
}
