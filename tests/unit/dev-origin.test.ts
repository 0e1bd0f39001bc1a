import { describe, expect, it } from "vitest";
import { appUrlForLoopbackAlias } from "@/lib/dev-origin";

describe("appUrlForLoopbackAlias", () => {
  it.each([
    ["127.0.0.1:3000", "/t/abc?at=5", "http://localhost:3000", "http://localhost:3000/t/abc?at=5"],
    ["[::1]:3000", "/home", "http://localhost:3000", "http://localhost:3000/home"],
    ["localhost:3001", "/", "http://127.0.0.1:3001", "http://127.0.0.1:3001/"],
  ])("sends Host %s, %s to APP_URL %s", (host, path, appUrl, expected) => {
    expect(appUrlForLoopbackAlias(host, path, appUrl)?.toString()).toBe(expected);
  });

  it.each([
    ["localhost:3000", "http://localhost:3000"], // already there
    ["192.168.1.20:3000", "http://localhost:3000"], // a phone on the network: localhost would be the phone
    ["127.0.0.1:3000", "https://chat.example.com"], // APP_URL is a real domain
    ["127.0.0.1:4000", "http://localhost:3000"], // another server
    ["bad host/", "http://localhost:3000"],
    [null, "http://localhost:3000"],
  ])("leaves Host %s alone with APP_URL %s", (host, appUrl) => {
    expect(appUrlForLoopbackAlias(host, "/home", appUrl)).toBeNull();
  });
});
