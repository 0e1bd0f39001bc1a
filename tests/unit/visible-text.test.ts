import { describe, expect, it } from "vitest";
import { channelName } from "@/lib/zod/channels";
import { fullName, username } from "@/lib/zod/fields";
import { messageBody } from "@/lib/zod/messages";
import { serverName } from "@/lib/zod/servers";
import { startThreadSchema } from "@/lib/zod/threads";

// Hostile-probing finding: "Eve \u202eecila" displayed as "Eve alice", and names or messages
// made only of zero-width characters.

const names = { "display name": fullName, username, "server name": serverName, "channel name": channelName };
const deceptive = ["Eve \u202eecila", "\u2066admin\u2069", "bob\u200f", "\u200b\u200b\u200b", "\u200d\u2060\ufeff", "\u3164\u3164", "\u2800\u2800", "\u00ad\u034f"];

describe("deceptive Unicode in names", () => {
  for (const [what, schema] of Object.entries(names)) {
    it(`refuses bidi controls and invisible-only text in a ${what}`, () => {
      for (const value of deceptive) expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    });
  }

  it("keeps names in right-to-left scripts, accents and emoji", () => {
    for (const value of ["שלום עולם", "مرحبا", "Zoë Ångström", "Ana 👩🏽‍💻", "Flag 🏴󠁧󠁢󠁥󠁮󠁧󠁿"]) {
      expect(fullName.safeParse(value).success, value).toBe(true);
      expect(serverName.safeParse(value).success, value).toBe(true);
    }
  });

  it("refuses a bidi control in a group thread's title and drops an invisible-only one", () => {
    expect(startThreadSchema.safeParse({ userIds: ["a1"], title: "Eve \u202eecila" }).success).toBe(false);
    expect(startThreadSchema.parse({ userIds: ["a1"], title: "\u200b\u200b" }).title).toBe("");
  });
});

describe("deceptive Unicode at a message's edges", () => {
  it("strips invisible characters and bidi controls from both ends", () => {
    expect(messageBody.parse("\u202e\u200b hello \u200f\ufeff")).toBe("hello");
    expect(messageBody.parse("a\u200bb")).toBe("a\u200bb"); // the middle is the writer's
  });

  it("refuses a message made only of them", () => {
    expect(messageBody.safeParse("\u200b\u200d\u2060").success).toBe(false);
    expect(messageBody.safeParse(" \u202e ").success).toBe(false);
  });

  it("keeps emoji sequences whole", () => {
    expect(messageBody.parse("❤️")).toBe("❤️");
    expect(messageBody.parse("🏴󠁧󠁢󠁥󠁮󠁧󠁿")).toBe("🏴󠁧󠁢󠁥󠁮󠁧󠁿");
    expect(messageBody.parse("👨‍👩‍👧")).toBe("👨‍👩‍👧");
  });
});
