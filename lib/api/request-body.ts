import "server-only";
import { AppError } from "@/lib/errors";

/** JSON bodies bigger than this are refused with 413 (the largest legitimate one, a message, is ~16 KB). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export type BodyOptions = { maxBytes?: number; acceptsForm?: boolean };

/**
 * The request's body as JSON (or, when `acceptsForm`, form-encoded as pusher-js sends it), read up
 * to `maxBytes`: a lying or missing Content-Length cannot make us buffer more. An empty body
 * reads as {} so that validation names each missing field.
 */
export async function readBody(request: Request, { maxBytes = DEFAULT_MAX_BODY_BYTES, acceptsForm = false }: BodyOptions = {}): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readText(request, maxBytes);
  if (acceptsForm && request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}
