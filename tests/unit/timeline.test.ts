import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessagesPage } from "@/lib/messages/page";
import {
  addPending,
  applyDeleted,
  applyHidden,
  applyMessage,
  applyNewerPage,
  applyNewestPage,
  applyOlderPage,
  applyPin,
  applyReceipts,
  createTimeline,
  lastSeqFromOthers,
  setPendingStatus,
} from "@/lib/messages/client/timeline";
import type { MessagePayload } from "@/lib/realtime/catalogue";

const ME = "me";
const C = "conv1";

function message(seq: number, author = "other", extra: Partial<MessagePayload> = {}): MessagePayload {
  return {
    id: `m${seq}`,
    conversationId: C,
    seq,
    clientId: `client-${seq}`,
    author: { id: author, username: author, fullName: author, image: null },
    body: `body ${seq}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
    editedAt: null,
    deletedAt: null,
    ...extra,
  };
}

const page = (messages: MessagePayload[], extra: Partial<MessagesPage> = {}): MessagesPage => ({
  messages,
  serverTime: "2026-01-01T00:00:00.000Z",
  ...extra,
});

const seqs = (t: { messages: MessagePayload[] }) => t.messages.map((m) => m.seq);
const loaded = (head: number) =>
  applyNewestPage(createTimeline(C, ME), page(Array.from({ length: head }, (_, i) => message(i + 1)), { syncedTo: head }));

describe("timeline", () => {
  it("keeps messages in seq order whatever order they arrive in, each once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 120 }), (arrivals) => {
        let t = loaded(0);
        for (const seq of arrivals) t = applyMessage(t, message(seq)).timeline;
        const expected = [...new Set(arrivals)].sort((a, b) => a - b);
        expect(seqs(t)).toEqual(expected);
        // syncedTo is the longest run 1..n that has arrived.
        let run = 0;
        while (expected.includes(run + 1)) run++;
        expect(t.syncedTo).toBe(run);
      }),
    );
  });

  it("reports a gap when an event skips past what it has, and fills it from a catch-up page", () => {
    let t = loaded(3);
    const first = applyMessage(t, message(4));
    expect(first.gap).toBe(false);
    expect(first.timeline.syncedTo).toBe(4);

    const skipped = applyMessage(first.timeline, message(7));
    expect(skipped.gap).toBe(true);
    expect(skipped.timeline.syncedTo).toBe(4);
    expect(seqs(skipped.timeline)).toEqual([1, 2, 3, 4, 7]);

    const caught = applyNewerPage(skipped.timeline, page([message(5), message(6), message(7)], { syncedTo: 7, hasNewer: false }), 4);
    t = caught.timeline;
    expect(caught.more).toBe(false);
    expect(t.syncedTo).toBe(7);
    expect(seqs(t)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("does not move syncedTo on a catch-up page that starts past it", () => {
    const t = loaded(3);
    const result = applyNewerPage(t, page([message(9)], { syncedTo: 9 }), 8);
    expect(result.timeline.syncedTo).toBe(3);
  });

  it("counts hidden messages as covered: a catch-up page's syncedTo goes past them", () => {
    const t = loaded(2);
    // seq 3 was deleted for me, so the server leaves it out but covers it.
    const result = applyNewerPage(t, page([message(4)], { syncedTo: 4 }), 2);
    expect(result.timeline.syncedTo).toBe(4);
    expect(applyMessage(result.timeline, message(5)).gap).toBe(false);
  });

  it("asks for more while the server has newer pages", () => {
    const result = applyNewerPage(loaded(1), page([message(2)], { syncedTo: 2, hasNewer: true }), 1);
    expect(result.more).toBe(true);
    expect(result.timeline.syncedTo).toBe(2);
  });

  it("keeps events that arrived before the first page", () => {
    let t = createTimeline(C, ME);
    t = applyMessage(t, message(6)).timeline;
    t = applyNewestPage(t, page([message(4), message(5)], { syncedTo: 5, hasOlder: true }));
    expect(seqs(t)).toEqual([4, 5, 6]);
    expect(t.syncedTo).toBe(6);
    expect(t.hasOlder).toBe(true);
    expect(t.loaded).toBe(true);
  });

  it("prepends older pages", () => {
    let t = applyNewestPage(createTimeline(C, ME), page([message(3), message(4)], { syncedTo: 4, hasOlder: true }));
    t = applyOlderPage(t, page([message(1), message(2)], { hasOlder: false }));
    expect(seqs(t)).toEqual([1, 2, 3, 4]);
    expect(t.hasOlder).toBe(false);
  });

  it("keeps a deletion even when an older copy of the message arrives afterwards", () => {
    let t = loaded(2);
    t = applyDeleted(t, "m2");
    expect(t.messages[1]).toMatchObject({ body: "", deletedAt: expect.any(String) });
    t = applyMessage(t, message(2)).timeline;
    expect(t.messages[1]!.deletedAt).not.toBeNull();
    expect(t.messages[1]!.body).toBe("");
  });

  it("drops a message's files with its text when it is deleted for everyone", () => {
    const file = { id: "f1", name: "a.png", contentType: "image/png", size: 3, kind: "image" as const, width: 1, height: 1, alt: null, url: "/api/files/f1", thumbnailUrl: null };
    let t = applyNewestPage(createTimeline(C, ME), page([message(1, "other", { attachments: [file] })], { syncedTo: 1 }));
    expect(t.messages[0]!.attachments).toEqual([file]);
    t = applyDeleted(t, "m1");
    expect(t.messages[0]!.attachments).toBeUndefined();
  });

  it("never shows a message hidden for me again", () => {
    let t = loaded(3);
    t = applyHidden(t, "m2");
    expect(seqs(t)).toEqual([1, 3]);
    t = applyMessage(t, message(2)).timeline;
    t = applyNewerPage(t, page([message(2)], { syncedTo: 3 }), 0).timeline;
    expect(seqs(t)).toEqual([1, 3]);
  });

  it("applies deletions and hides reported by a catch-up, and remembers when it last asked", () => {
    const t = loaded(3);
    const result = applyNewerPage(
      t,
      page([], { syncedTo: 3, serverTime: "2026-01-02T00:00:00.000Z", changes: { deleted: [{ id: "m1", seq: 1 }], hidden: ["m3"], truncated: false } }),
      3,
    );
    expect(result.timeline.messages.map((m) => [m.seq, m.deletedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(result.timeline.changedSince).toBe("2026-01-02T00:00:00.000Z");
    expect(result.reload).toBe(false);
    const truncated = applyNewerPage(t, page([], { syncedTo: 3, changes: { deleted: [], hidden: [], truncated: true } }), 3);
    expect(truncated.reload).toBe(true);
  });

  it("replaces a pending send by the stored message with the same clientId", () => {
    let t = loaded(1);
    t = addPending(t, { clientId: "client-2", body: "hello", createdAt: new Date().toISOString() });
    t = addPending(t, { clientId: "client-x", body: "other", createdAt: new Date().toISOString() });
    t = setPendingStatus(t, "client-x", "failed", "Nope");
    expect(t.pending.map((p) => [p.clientId, p.status])).toEqual([
      ["client-2", "sending"],
      ["client-x", "failed"],
    ]);
    t = applyMessage(t, message(2, ME)).timeline;
    expect(t.pending.map((p) => p.clientId)).toEqual(["client-x"]);
    // Someone else's message with the same client id does not confirm mine.
    t = applyMessage(t, message(3, "other", { clientId: "client-x" })).timeline;
    expect(t.pending.map((p) => p.clientId)).toEqual(["client-x"]);
  });

  it("ignores messages of other conversations", () => {
    const t = loaded(1);
    expect(applyMessage(t, { ...message(2), conversationId: "elsewhere" }).timeline).toBe(t);
  });

  it("only moves receipt marks forward, and ignores the viewer's own", () => {
    let t = loaded(5);
    t = applyReceipts(t, [{ userId: "bob", deliveredSeq: 4, readSeq: 2 }]);
    t = applyReceipts(t, [{ userId: "bob", deliveredSeq: 3, readSeq: 3 }]);
    t = applyReceipts(t, [{ userId: ME, deliveredSeq: 5, readSeq: 5 }]);
    expect(t.receipts).toEqual({ bob: { deliveredSeq: 4, readSeq: 3 } });
    expect(applyReceipts(t, [{ userId: "bob", deliveredSeq: 1, readSeq: 1 }])).toBe(t);
  });

  it("finds the last message from someone else", () => {
    let t = loaded(2);
    t = applyMessage(t, message(3, ME)).timeline;
    expect(lastSeqFromOthers(t)).toBe(2);
    expect(lastSeqFromOthers(createTimeline(C, ME))).toBe(0);
  });

  it("follows pins live and from a catch-up; a deleted message loses its pin, and the panel's version moves with each change", () => {
    let t = loaded(3);
    t = applyPin(t, { messageId: "m2", pinned: true });
    expect(t.messages.map((m) => m.pinned)).toEqual([undefined, true, undefined]);
    expect(t.pinsVersion).toBe(1);
    t = applyPin(t, { messageId: "elsewhere", pinned: true }); // not loaded: only the panel reads again
    expect(t.pinsVersion).toBe(2);
    const caughtUp = applyNewerPage(t, page([], { syncedTo: 3, changes: { deleted: [], hidden: [], truncated: false, pins: [{ messageId: "m1", pinned: true }, { messageId: "m2", pinned: false }], pinsChanged: true } }), 3).timeline;
    expect(caughtUp.messages.map((m) => m.pinned)).toEqual([true, undefined, undefined]);
    expect(caughtUp.pinsVersion).toBe(3);
    const quiet = applyNewerPage(caughtUp, page([], { syncedTo: 3, changes: { deleted: [], hidden: [], truncated: false, pins: [{ messageId: "m1", pinned: true }], pinsChanged: false } }), 3).timeline;
    expect(quiet.pinsVersion).toBe(3);
    expect(applyDeleted(quiet, "m1").messages[0]!.pinned).toBeUndefined();
  });
});
