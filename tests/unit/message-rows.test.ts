import { describe, expect, it } from "vitest";
import { buildRows } from "@/lib/messages/client/rows";
import { dayLabel, lastSeenLabel, listDate, shortTime } from "@/lib/time/format";
import type { MessagePayload } from "@/lib/realtime/catalogue";

const at = (day: number, hour: number, minute: number) => new Date(2026, 2, day, hour, minute);

function message(seq: number, author: string | null, date: Date): MessagePayload {
  return {
    id: `m${seq}`,
    conversationId: "c",
    seq,
    clientId: `k${seq}`,
    author: author ? { id: author, username: author, fullName: author, image: null } : null,
    body: "hi",
    createdAt: date.toISOString(),
    editedAt: null,
    deletedAt: null,
  };
}

describe("message rows", () => {
  it("separates days and groups one author's messages sent close together", () => {
    const rows = buildRows(
      [
        message(1, "a", at(9, 10, 0)),
        message(2, "a", at(9, 10, 3)),
        message(3, "a", at(9, 10, 20)), // pause: new group
        message(4, "b", at(9, 10, 21)),
        message(5, null, at(9, 10, 22)), // deleted users never group
        message(6, null, at(9, 10, 22)),
        message(7, "b", at(10, 9, 0)), // next day
      ],
      [{ clientId: "p1", body: "sending", createdAt: at(10, 9, 1).toISOString(), status: "sending" }],
      "b",
      at(10, 12, 0),
    );
    expect(rows.map((r) => (r.kind === "day" ? r.label : r.kind === "new" ? "New" : `${r.kind === "message" ? r.message.seq : "p"}${r.groupStart ? "*" : ""}`))).toEqual([
      "Yesterday",
      "1*",
      "2",
      "3*",
      "4*",
      "5*",
      "6*",
      "Today",
      "7*",
      "p",
    ]);
    expect(rows.filter((r) => r.kind === "message" && r.own).map((r) => r.kind === "message" && r.message.seq)).toEqual([4, 7]);
  });

  it("gives a pending message the key its sent version will have", () => {
    const pending = buildRows([], [{ clientId: "k9", body: "x", createdAt: at(9, 1, 0).toISOString(), status: "sending" }], "a");
    const sent = buildRows([message(9, "a", at(9, 1, 0))], [], "a");
    expect(pending[1]!.key).toBe(sent[1]!.key);
  });

  it("labels days and times for people, in their locale", () => {
    const now = at(20, 15, 0);
    expect(dayLabel(at(20, 1, 0), now)).toBe("Today");
    expect(dayLabel(at(19, 23, 0), now)).toBe("Yesterday");
    expect(dayLabel(at(3, 10, 0), now, { locale: "en-GB" })).toBe("Tuesday 3 March");
    expect(dayLabel(new Date(2025, 11, 31), now, { locale: "en-GB" })).toBe("Wednesday, 31 December 2025");
    expect(dayLabel(at(3, 10, 0), now, { locale: "en-US" })).toBe("Tuesday, March 3");
    expect(shortTime(at(20, 14, 59), now)).toBe("1 min ago");
    expect(shortTime(new Date(now.getTime() - 20_000), now)).toBe("just now");
    expect(shortTime(at(20, 11, 5), now, { locale: "en-GB" })).toBe("11:05");
    expect(shortTime(at(20, 9, 5), now, { locale: "en-US" })).toBe("9:05 AM");
    expect(listDate(at(2, 9, 5), now, { locale: "en-GB" })).toBe("2 Mar");
  });

  it("renders days and times in the reader's time zone when given one (pages rendered on the server)", () => {
    const lateEvening = new Date("2026-03-20T23:30:00Z"); // already the 21st in Berlin, still the 20th in New York
    const berlin = { locale: "en-GB", timeZone: "Europe/Berlin" };
    const newYork = { locale: "en-US", timeZone: "America/New_York" };
    const now = new Date("2026-03-21T12:00:00Z");
    expect(dayLabel(lateEvening, now, berlin)).toBe("Today");
    expect(dayLabel(lateEvening, now, newYork)).toBe("Yesterday");
    expect(shortTime(lateEvening, now, berlin)).toMatch(/^0?0:30$/);
    expect(shortTime(lateEvening, now, newYork)).toBe("7:30 PM");
    const rows = buildRows([message(1, "a", new Date("2026-03-20T22:50:00Z")), message(2, "a", lateEvening)], [], "b", now, berlin);
    expect(rows.map((r) => (r.kind === "day" ? r.key : r.kind))).toEqual(["day-2026-03-20", "message", "day-2026-03-21", "message"]);
  });

  it("says when someone was last seen", () => {
    const now = at(20, 15, 0).getTime();
    expect(lastSeenLabel(true, null, now)).toBe("Online");
    expect(lastSeenLabel(false, null, now)).toBe("Offline");
    expect(lastSeenLabel(false, now - 30_000, now, "en")).toBe("Last seen just now");
    expect(lastSeenLabel(false, now - 5 * 60_000, now, "en")).toBe("Last seen 5 minutes ago");
    expect(lastSeenLabel(false, now - 3 * 3_600_000, now, "en")).toBe("Last seen 3 hours ago");
    expect(lastSeenLabel(false, now - 26 * 3_600_000, now, "en")).toBe("Last seen yesterday");
  });
});
