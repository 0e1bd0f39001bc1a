import { describe, expect, it } from "vitest";
import { receiptStatus, seenLabel } from "@/lib/messages/client/receipt-status";

describe("receipt status", () => {
  it("in a thread: delivered / read once every other participant got there", () => {
    const audience = { kind: "thread" as const, others: ["b", "c"] };
    expect(receiptStatus({}, 5, audience).state).toBe("sent");
    expect(receiptStatus({ b: { deliveredSeq: 5, readSeq: 0 } }, 5, audience).state).toBe("sent");
    expect(receiptStatus({ b: { deliveredSeq: 5, readSeq: 5 }, c: { deliveredSeq: 6, readSeq: 0 } }, 5, audience)).toEqual({ state: "delivered", readers: ["b"] });
    expect(receiptStatus({ b: { deliveredSeq: 5, readSeq: 5 }, c: { deliveredSeq: 9, readSeq: 9 } }, 5, audience).state).toBe("read");
    expect(receiptStatus({ b: { deliveredSeq: 5, readSeq: 5 }, c: { deliveredSeq: 9, readSeq: 9 } }, 10, audience).state).toBe("sent");
  });

  it("in a channel: delivered / read as soon as anyone got there", () => {
    expect(receiptStatus({ x: { deliveredSeq: 3, readSeq: 1 } }, 3, { kind: "channel" }).state).toBe("delivered");
    expect(receiptStatus({ x: { deliveredSeq: 3, readSeq: 3 }, y: { deliveredSeq: 0, readSeq: 0 } }, 3, { kind: "channel" })).toEqual({ state: "read", readers: ["x"] });
  });

  it("says who has seen it", () => {
    const name = (id: string) => id.toUpperCase();
    expect(seenLabel([], name, "group")).toBeNull();
    expect(seenLabel(["b"], name, "direct")).toBe("Seen");
    expect(seenLabel(["b", "c"], name, "group")).toBe("Seen by B and C");
    expect(seenLabel(["b", "c", "d"], name, "group")).toBe("Seen by B, C and D");
    expect(seenLabel(["b", "c", "d"], name, "channel")).toBe("Seen by 3");
    expect(seenLabel(Array.from({ length: 100 }, (_, i) => `u${i}`), name, "channel")).toBe("Seen by 100+");
  });
});
