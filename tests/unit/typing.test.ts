import { describe, expect, it } from "vitest";
import { activeTypers, applyTyping, TypingNotifier, typingEvent, typingLabel } from "@/lib/messages/client/typing";

describe("typing indicator", () => {
  it("sends at most one event every 2 s while typing, and one 'stopped' when the message goes", () => {
    let now = 0;
    const sent: boolean[] = [];
    const notifier = new TypingNotifier((typing) => sent.push(typing) > 0, () => now);
    for (now = 0; now <= 4_500; now += 100) notifier.input();
    expect(sent).toEqual([true, true, true]); // at 0, 2000, 4000
    notifier.stop();
    expect(sent).toEqual([true, true, true, false]);
    notifier.input();
    expect(sent.at(-1)).toBe(true); // typing again right after sending is news
  });

  it("does not send 'stopped' once the others have expired it anyway", () => {
    let now = 0;
    const sent: boolean[] = [];
    const notifier = new TypingNotifier((typing) => sent.push(typing) > 0, () => now);
    notifier.input();
    now = 6_000;
    notifier.stop();
    expect(sent).toEqual([true]);
  });

  it("tries again on the next keystroke when it could not send (not subscribed yet)", () => {
    let now = 0;
    let connected = false;
    const sent: boolean[] = [];
    const notifier = new TypingNotifier((typing) => connected && sent.push(typing) > 0, () => now);
    notifier.input();
    now = 100;
    connected = true;
    notifier.input();
    expect(sent).toEqual([true]);
  });

  it("shows a typer for 5 s after their last event, drops them on 'stopped', ignores my own tabs", () => {
    let typers = applyTyping({}, { userId: "a", name: "Alice", typing: true }, "me", 1_000);
    typers = applyTyping(typers, { userId: "b", name: "Bob", typing: true }, "me", 3_000);
    typers = applyTyping(typers, { userId: "me", name: "Me", typing: true }, "me", 3_000);
    expect(activeTypers(typers, 4_000)).toEqual({ names: ["Alice", "Bob"], nextExpiry: 6_000 });
    expect(activeTypers(typers, 6_500).names).toEqual(["Bob"]);
    typers = applyTyping(typers, { userId: "b", name: "Bob", typing: false }, "me", 4_000);
    expect(activeTypers(typers, 4_000).names).toEqual(["Alice"]);
    expect(activeTypers(typers, 9_000)).toEqual({ names: [], nextExpiry: null });
  });

  it("names a typer only by the sender id the realtime server attached and the member info it signed", () => {
    const member = { username: "alice", fullName: "Alice", image: null };
    const forged = { typing: true, userId: "b", name: "Admin" } as { typing: boolean };
    expect(typingEvent(forged, { userId: "a", member })).toEqual({ userId: "a", name: "Alice", typing: true });
    expect(typingEvent(forged, { member })).toBeNull();
    expect(typingEvent(forged, { userId: "a" })).toBeNull();
  });

  it("says who is typing in plain words", () => {
    expect(typingLabel([])).toBeNull();
    expect(typingLabel(["Alice"])).toBe("Alice is typing…");
    expect(typingLabel(["Alice", "Bob"])).toBe("Alice and Bob are typing…");
    expect(typingLabel(["A", "B", "C"])).toBe("A, B and C are typing…");
    expect(typingLabel(["A", "B", "C", "D", "E"])).toBe("A, B and 3 others are typing…");
  });
});
