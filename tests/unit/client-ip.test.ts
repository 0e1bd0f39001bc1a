import { describe, expect, it } from "vitest";
import { clientIpFrom, trustedProxyHops } from "@/lib/http";

const from = (xff: string | null, hops = 1, realIp?: string) =>
  clientIpFrom(new Headers({ ...(xff === null ? {} : { "x-forwarded-for": xff }), ...(realIp ? { "x-real-ip": realIp } : {}) }), hops);

describe("the client's IP address for rate limits", () => {
  it("takes the address the nearest trusted proxy saw, not what the client wrote before it", () => {
    expect(from("203.0.113.9")).toBe("203.0.113.9"); // Vercel: one entry, set by the platform
    expect(from("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9"); // a spoofed first hop is ignored
    expect(from("6.6.6.6,7.7.7.7 , 203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts back TRUSTED_PROXY_HOPS entries behind several proxies", () => {
    expect(from("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(from("203.0.113.9", 3)).toBe("203.0.113.9"); // fewer entries than hops: the oldest one
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(from(null, 1, "198.51.100.4")).toBe("198.51.100.4");
    expect(from(" , ", 1)).toBe("unknown");
    expect(from(null)).toBe("unknown");
  });

  it("ignores the headers unless a proxy is declared or the platform is known", () => {
    expect(from("6.6.6.6", 0, "7.7.7.7")).toBe("unknown");
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: undefined, VERCEL: undefined })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: undefined, VERCEL: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: 0, VERCEL: "1" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: 2, VERCEL: undefined })).toBe(2);
  });
});
