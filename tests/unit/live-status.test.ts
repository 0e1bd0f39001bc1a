import { describe, expect, it } from "vitest";
import { liveStatus } from "@/components/realtime/live-status";

describe("conversation live status", () => {
  it("is live only when connected and the conversation's channel is subscribed", () => {
    expect(liveStatus("connected", true, true, false, false)).toBe("live");
    expect(liveStatus("connected", false, true, false, false)).toBe("connecting");
    expect(liveStatus("connecting", false, true, false, true)).toBe("live"); // the first seconds: nothing said yet
  });

  it("says reconnecting after having been live, offline when the network or the service is gone", () => {
    expect(liveStatus("connecting", true, true, true, false)).toBe("reconnecting");
    expect(liveStatus("connected", false, true, true, false)).toBe("reconnecting");
    expect(liveStatus("unavailable", true, true, true, false)).toBe("offline");
    expect(liveStatus("failed", false, true, false, true)).toBe("offline");
    expect(liveStatus("connected", true, false, true, false)).toBe("offline");
  });
});
