import { describe, expect, it } from "vitest";
import { buildRows, type Row } from "@/lib/messages/client/rows";
import type { MessagesPage } from "@/lib/messages/page";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { firstUnreadSeq, withNewDivider } from "@/lib/unread/client/divider";

const at = (minute: number) => new Date(2026, 2, 10, 9, minute);

function message(seq: number, author: string, minute: number): MessagePayload {
  return {
    id: `m${seq}`,
    conversationId: "c",
    seq,
    clientId: `k${seq}`,
    author: { id: author, username: author, fullName: author, image: null },
    body: "hi",
    createdAt: at(minute).toISOString(),
    editedAt: null,
    deletedAt: null,
  };
}

const page = (messages: MessagePayload[], readSeq: number | null): MessagesPage => ({
  messages,
  serverTime: new Date().toISOString(),
  ownRead: readSeq === null ? null : { seq: readSeq, at: new Date().toISOString() },
});

const shape = (rows: Row[]) => rows.map((r) => (r.kind === "day" ? "day" : r.kind === "new" ? "New" : r.kind === "message" ? `${r.message.seq}${r.groupStart ? "*" : ""}` : "p"));

describe("the New divider", () => {
  const messages = [message(1, "a", 0), message(2, "me", 1), message(3, "me", 2), message(4, "a", 3), message(5, "a", 4)];

  it("sits at the first message from someone else past the read mark", () => {
    expect(firstUnreadSeq(page(messages, 1), "me")).toBe(4); // 2 and 3 are the reader's own
    expect(firstUnreadSeq(page(messages, 3), "me")).toBe(4);
    expect(firstUnreadSeq(page(messages, 4), "me")).toBe(5);
  });

  it("is absent when everything is read, or when the reader never read here", () => {
    expect(firstUnreadSeq(page(messages, 5), "me")).toBeNull();
    expect(firstUnreadSeq(page(messages, null), "me")).toBeNull();
    expect(firstUnreadSeq(page([], 0), "me")).toBeNull();
  });

  it("goes before its message, which then starts a group (its author's name shows under the line)", () => {
    const rows = buildRows(messages, [], "me", at(30));
    expect(shape(rows)).toEqual(["day", "1*", "2*", "3", "4*", "5"]);
    expect(shape(withNewDivider(rows, 5))).toEqual(["day", "1*", "2*", "3", "4*", "New", "5*"]);
    expect(shape(withNewDivider(rows, null))).toEqual(shape(rows));
    expect(shape(withNewDivider(rows, 99))).toEqual(shape(rows)); // not loaded: no line
  });
});
