import { describe, expect, it } from "vitest";
import { isQuietAt, isValidTimeZone, minutesInZone } from "@/lib/notifications/quiet-hours";
import { notificationPreferencesSchema } from "@/lib/zod/notification-preferences";

const at = (iso: string) => new Date(iso);

describe("quiet hours", () => {
  it("read the wall clock of the person's zone, daylight saving included", () => {
    expect(minutesInZone(at("2026-07-01T20:30:00Z"), "Europe/Paris")).toBe(22 * 60 + 30); // UTC+2 in summer
    expect(minutesInZone(at("2026-01-15T20:30:00Z"), "Europe/Paris")).toBe(21 * 60 + 30); // UTC+1 in winter
    expect(minutesInZone(at("2026-01-15T23:59:00Z"), "Asia/Kolkata")).toBe(5 * 60 + 29);
  });

  it("span midnight when the end comes before the start; the start is in, the end is out", () => {
    const night = { timeZone: "Europe/Paris", quietStart: 22 * 60, quietEnd: 7 * 60 };
    expect(isQuietAt(night, at("2026-01-15T21:00:00Z"))).toBe(true); // 22:00 Paris
    expect(isQuietAt(night, at("2026-01-15T20:59:00Z"))).toBe(false); // 21:59
    expect(isQuietAt(night, at("2026-01-16T05:59:00Z"))).toBe(true); // 06:59
    expect(isQuietAt(night, at("2026-01-16T06:00:00Z"))).toBe(false); // 07:00
    const lunch = { timeZone: "America/New_York", quietStart: 12 * 60, quietEnd: 13 * 60 };
    expect(isQuietAt(lunch, at("2026-01-15T17:30:00Z"))).toBe(true); // 12:30 New York
    expect(isQuietAt(lunch, at("2026-01-15T12:30:00Z"))).toBe(false); // 12:30 UTC is 07:30 there
    expect(isQuietAt({ timeZone: "UTC", quietStart: null, quietEnd: null }, at("2026-01-15T12:30:00Z"))).toBe(false);
    expect(isQuietAt({ timeZone: "UTC", quietStart: 600, quietEnd: 600 }, at("2026-01-15T10:00:00Z"))).toBe(false);
  });

  it("accept IANA zones and HH:MM times only", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    const parse = (input: unknown) => notificationPreferencesSchema.safeParse(input);
    expect(parse({ timeZone: "Asia/Tokyo", quietHours: { start: "22:00", end: "07:30" }, digestDelayMinutes: 30 }).data).toEqual({
      timeZone: "Asia/Tokyo",
      quietHours: { start: 1320, end: 450 },
      digestDelayMinutes: 30,
    });
    expect(parse({ timeZone: "Asia/Tokyo", quietHours: { start: "24:00", end: "07:00" }, digestDelayMinutes: null }).success).toBe(false);
    expect(parse({ timeZone: "Nowhere/Land", quietHours: null, digestDelayMinutes: null }).success).toBe(false);
    expect(parse({ timeZone: "UTC", quietHours: null, digestDelayMinutes: 7 }).success).toBe(false);
  });
});
