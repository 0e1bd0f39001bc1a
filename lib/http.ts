import { headers as requestHeaders } from "next/headers";
import { AppError, errorStatus, type ErrorCode } from "@/lib/errors";

/** A JSON error response in the one shape the app uses: { error: { code, message, fields? } }. */
export function jsonError(code: ErrorCode, message: string, fields?: Record<string, string>): Response {
  return errorResponse(new AppError(code, message, fields));
}

export function errorResponse(error: AppError): Response {
  const headers: HeadersInit = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {};
  return Response.json({ error: error.toBody() }, { status: errorStatus[error.code], headers });
}

/** The client's IP address as reported by the hosting proxy (first hop of X-Forwarded-For). */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

/** The client's IP address for the request being handled (server actions, server components). */
export async function requestIp(): Promise<string> {
  return clientIp(await requestHeaders());
}
