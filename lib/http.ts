import "server-only";
import { headers as requestHeaders } from "next/headers";
import { env, type Env } from "@/lib/env";
import { AppError, errorStatus, type ErrorCode } from "@/lib/errors";

/** A JSON error response in the one shape the app uses: { error: { code, message, fields? } }. */
export function jsonError(code: ErrorCode, message: string, fields?: Record<string, string>): Response {
  return errorResponse(new AppError(code, message, fields));
}

export function errorResponse(error: AppError): Response {
  const headers: HeadersInit = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {};
  return Response.json({ error: error.toBody() }, { status: errorStatus[error.code], headers });
}

/**
 * The client's IP address (the key of per-IP rate limits). Each proxy appends the address it
 * received the request from to X-Forwarded-For, and a client can put anything before that: so
 * the address is read from the right, `hops` entries from the end (see trustedProxyHops). Never
 * the first entry: that one is whatever the client claims. With no trusted proxy (hops 0) the
 * headers are ignored and every client shares one bucket: reached directly, `next start` fills
 * the header in only when the client sent none, so it would be the client's word.
 */
export function clientIpFrom(headers: Headers, hops: number): string {
  if (hops === 0) return "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] || headers.get("x-real-ip")?.trim() || "unknown";
}

/** TRUSTED_PROXY_HOPS when set; else 1 on Vercel (which writes the header itself), else 0. */
export function trustedProxyHops({ TRUSTED_PROXY_HOPS, VERCEL }: Pick<Env, "TRUSTED_PROXY_HOPS" | "VERCEL">): number {
  return TRUSTED_PROXY_HOPS ?? (VERCEL ? 1 : 0);
}

export function clientIp(headers: Headers): string {
  return clientIpFrom(headers, trustedProxyHops(env()));
}

/** The client's IP address for the request being handled (server actions, server components). */
export async function requestIp(): Promise<string> {
  return clientIp(await requestHeaders());
}
