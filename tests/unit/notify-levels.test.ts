import { describe, expect, it } from "vitest";
import { alerts, effectiveNotify } from "@/lib/notifications/levels";

const now = Date.parse("2026-12-03T12:00:00Z");
const later = "2026-12-03T13:00:00.000Z";
const earlier = new Date("2026-12-03T11:00:00Z");

describe("what applies to a conversation", () => {
  it("its own level, else its server's, else all messages", () => {
    expect(effectiveNotify({ level: "NOTHING", mutedUntil: null }, { level: "ALL", mutedUntil: null }, now)).toEqual({ level: "NOTHING", muted: false });
    expect(effectiveNotify({ level: "ALL", mutedUntil: null }, { level: "NOTHING", mutedUntil: null }, now)).toEqual({ level: "ALL", muted: false });
    expect(effectiveNotify({ level: null, mutedUntil: null }, { level: "MENTIONS", mutedUntil: null }, now)).toEqual({ level: "MENTIONS", muted: false });
    expect(effectiveNotify(undefined, { level: "NOTHING", mutedUntil: null }, now)).toEqual({ level: "NOTHING", muted: false });
    expect(effectiveNotify(null, null, now)).toEqual({ level: "ALL", muted: false });
  });

  it("muted while its own mute or its server's is in force (dates or ISO strings)", () => {
    expect(effectiveNotify({ level: "ALL", mutedUntil: later }, null, now).muted).toBe(true);
    expect(effectiveNotify({ level: "ALL", mutedUntil: null }, { level: "ALL", mutedUntil: new Date(later) }, now).muted).toBe(true);
    expect(effectiveNotify({ level: null, mutedUntil: earlier }, { level: "ALL", mutedUntil: earlier.toISOString() }, now).muted).toBe(false);
  });
});

describe("what alerts (push, email)", () => {
  const at = (level: "ALL" | "MENTIONS" | "NOTHING", muted = false) => ({ level, muted });
  it("all: everything asked about; mentions only: what addresses you; nothing or muted: nothing", () => {
    expect([alerts(at("ALL"), true), alerts(at("ALL"), false)]).toEqual([true, true]);
    expect([alerts(at("MENTIONS"), true), alerts(at("MENTIONS"), false)]).toEqual([true, false]);
    expect([alerts(at("NOTHING"), true), alerts(at("NOTHING"), false)]).toEqual([false, false]);
    expect([alerts(at("ALL", true), true), alerts(at("MENTIONS", true), true)]).toEqual([false, false]);
  });
});
