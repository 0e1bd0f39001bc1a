import { describe, expect, it } from "vitest";
import { PresenceRegistry } from "@/components/realtime/presence-registry";

describe("presence registry (one meaning of online)", () => {
  it("says online while someone is in any joined presence channel, offline once they left them all", () => {
    const registry = new PresenceRegistry();
    registry.reset("presence-conversation-a", ["bob", "me"]);
    registry.join("presence-conversation-b", "bob");
    expect(registry.status("bob", "2020-01-01T00:00:00Z")).toEqual({ online: true, lastSeen: null });

    registry.leave("presence-conversation-a", "bob", 5_000);
    expect(registry.status("bob").online).toBe(true); // still in b
    registry.leave("presence-conversation-b", "bob", 9_000);
    expect(registry.status("bob")).toEqual({ online: false, lastSeen: 9_000 });
  });

  it("uses the heartbeat's time only for the last-seen label, never to say online", () => {
    const registry = new PresenceRegistry();
    const recent = new Date(Date.now() - 1_000).toISOString();
    expect(registry.status("carol", recent)).toEqual({ online: false, lastSeen: Date.parse(recent) });
    expect(registry.status("carol", null)).toEqual({ online: false, lastSeen: null });
  });

  it("stops vouching for a channel it no longer watches, and tells listeners of every change", () => {
    const registry = new PresenceRegistry();
    let changes = 0;
    registry.subscribe(() => changes++);
    registry.reset("presence-conversation-a", ["bob"]);
    registry.forget("presence-conversation-a");
    expect(registry.status("bob").online).toBe(false);
    expect(changes).toBe(2);
  });
});
