import { describe, expect, it } from "vitest";
import { buildRows, dayLabel, shortTime } from "@/lib/messages/rows";
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
    expect(rows.map((r) => (r.kind === "day" ? r.label : `${r.kind === "message" ? r.message.seq : "p"}${r.groupStart ? "*" : ""}`))).toEqual([
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

  it("labels days and times for people", () => {
    const now = at(20, 15, 0);
    expect(dayLabel(at(3, 10, 0), now)).toBe("Tuesday, 3 March");
    expect(dayLabel(new Date(2025, 11, 31), now)).toBe("Wednesday, 31 December 2025");
    expect(shortTime(at(20, 14, 59), now)).toBe("1 min ago");
    expect(shortTime(new Date(now.getTime() - 20_000), now)).toBe("just now");
    expect(shortTime(at(20, 9, 5), now)).toBe("09:05");
  });
});
