import { describe, expect, it } from "vitest";
import { channelName, eventSchema, parseChannelName } from "@/lib/realtime/catalogue";

describe("realtime catalogue", () => {
  it("round-trips channel names", () => {
    expect(parseChannelName(channelName("conversation", "abc123"))).toEqual({ kind: "conversation", id: "abc123" });
    expect(parseChannelName(channelName("presence", "abc123"))).toEqual({ kind: "presence", id: "abc123" });
    expect(parseChannelName(channelName("user", "u1"))).toEqual({ kind: "user", id: "u1" });
  });

  it.each(["public-chat", "private-conversation-", "private-conversation-a/b", "private-user-x y", "presence-other-1"])(
    "rejects %s",
    (name) => expect(parseChannelName(name)).toBeNull(),
  );

  it("validates payloads against the catalogue", () => {
    const schema = eventSchema("conversation", "message.deleted");
    expect(schema.safeParse({ conversationId: "c", id: "m", seq: 3 }).success).toBe(true);
    expect(schema.safeParse({ conversationId: "c", id: "m" }).success).toBe(false);
  });
});
