import { describe, expect, it } from "vitest";
import { anyUnread, conversationBadge, fromSummary, nextMuteEnd, serverBadge, threadsBadge, unreadReducer, type NotifySettings } from "@/lib/unread/client/state";

const conversations = (own: NotifySettings["conversations"], servers: NotifySettings["servers"] = {}): NotifySettings => ({ conversations: own, servers });

const me = "me";
const start = fromSummary([
  { conversationId: "c1", serverId: "s1", threadId: null, lastSeq: 5, readSeq: 3, mentions: 1 },
  { conversationId: "t1", serverId: null, threadId: "th1", lastSeq: 4, readSeq: 1, mentions: 0 },
]);

describe("unread state in the browser", () => {
  it("badges: a channel counts mentions, a thread its unread messages, a server its channels' mentions", () => {
    expect(conversationBadge(start, "c1")).toEqual({ unread: true, count: 1 });
    expect(conversationBadge(start, "t1")).toEqual({ unread: true, count: 3 });
    expect(conversationBadge(start, "unknown")).toEqual({ unread: false, count: 0 });
    expect(serverBadge(start, "s1")).toEqual({ unread: true, count: 1 });
    expect(serverBadge(start, "s2")).toEqual({ unread: false, count: 0 });
    expect(threadsBadge(start)).toEqual({ unread: true, count: 3 });
  });

  it("a message by someone else in a conversation it thought read makes it unread by one", () => {
    const next = unreadReducer(start, { type: "activity", conversationId: "c2", serverId: "s2", lastSeq: 10, authorId: "other", viewerId: me });
    expect(conversationBadge(next, "c2")).toEqual({ unread: true, count: 0 });
    expect(serverBadge(next, "s2").unread).toBe(true);
    const thread = unreadReducer(start, { type: "activity", conversationId: "t2", serverId: null, lastSeq: 7, authorId: "other", viewerId: me });
    expect(conversationBadge(thread, "t2")).toEqual({ unread: true, count: 1 });
  });

  it("the viewer's own message reads the conversation; an old event changes nothing", () => {
    const own = unreadReducer(start, { type: "activity", conversationId: "c1", serverId: "s1", lastSeq: 6, authorId: me, viewerId: me });
    expect(conversationBadge(own, "c1").unread).toBe(false);
    expect(unreadReducer(start, { type: "activity", conversationId: "c1", serverId: "s1", lastSeq: 5, authorId: "x", viewerId: me })).toBe(start);
  });

  it("read marks move both ways; reading to the end clears mentions; mentions past the mark count", () => {
    const read = unreadReducer(start, { type: "read", conversationId: "c1", readSeq: 5 });
    expect(conversationBadge(read, "c1")).toEqual({ unread: false, count: 0 });
    const back = unreadReducer(read, { type: "read", conversationId: "c1", readSeq: 2 });
    expect(conversationBadge(back, "c1")).toEqual({ unread: true, count: 0 });
    const mentioned = unreadReducer(back, { type: "mention", conversationId: "c1", seq: 4 });
    expect(conversationBadge(mentioned, "c1")).toEqual({ unread: true, count: 1 });
    expect(unreadReducer(back, { type: "mention", conversationId: "c1", seq: 2 })).toBe(back);
  });
});

describe("badges under notification settings", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");
  const state = fromSummary([
    { conversationId: "plain", serverId: "s1", threadId: null, lastSeq: 5, readSeq: 3, mentions: 0 },
    { conversationId: "mentioned", serverId: "s1", threadId: null, lastSeq: 9, readSeq: 3, mentions: 2 },
    { conversationId: "dm", serverId: null, threadId: "th1", lastSeq: 4, readSeq: 1, mentions: 0 },
  ]);
  const later = "2026-12-03T13:00:00.000Z";
  const earlier = "2026-12-03T11:00:00.000Z";

  it("mentions only: no dot for plain messages, the count of mentions stays", () => {
    const settings = conversations({ plain: { level: "MENTIONS", mutedUntil: null }, mentioned: { level: "MENTIONS", mutedUntil: null } });
    expect(conversationBadge(state, "plain", settings, now)).toEqual({ unread: false, count: 0 });
    expect(conversationBadge(state, "mentioned", settings, now)).toEqual({ unread: true, count: 2 });
    expect(serverBadge(state, "s1", settings, now)).toEqual({ unread: true, count: 2 });
  });

  it("nothing: no badge at all, not even for mentions; the server adds up what is left", () => {
    const own = { mentioned: { level: "NOTHING", mutedUntil: null }, dm: { level: "NOTHING", mutedUntil: null } } as const;
    const settings = conversations(own);
    expect(conversationBadge(state, "mentioned", settings, now)).toEqual({ unread: false, count: 0 });
    expect(serverBadge(state, "s1", settings, now)).toEqual({ unread: true, count: 0 }); // "plain" still has its dot
    expect(threadsBadge(state, settings, now)).toEqual({ unread: false, count: 0 });
    expect(anyUnread(state, conversations({ ...own, plain: { level: "NOTHING", mutedUntil: null } }), now)).toBe(false);
  });

  it("muted: like mentions only until the mute ends, then as before", () => {
    const own = { plain: { level: null, mutedUntil: later }, dm: { level: null, mutedUntil: later } } as const;
    const muted = conversations(own);
    expect(conversationBadge(state, "plain", muted, now)).toEqual({ unread: false, count: 0 });
    expect(conversationBadge(state, "dm", muted, now)).toEqual({ unread: false, count: 0 });
    expect(conversationBadge(state, "plain", muted, Date.parse(later) + 1)).toEqual({ unread: true, count: 0 });
    expect(conversationBadge(state, "dm", conversations({ dm: { level: null, mutedUntil: earlier } }), now)).toEqual({ unread: true, count: 3 });
    expect(nextMuteEnd(conversations({ ...own, x: { level: null, mutedUntil: earlier } }), now)).toBe(Date.parse(later));
  });
});

describe("badges under a server's setting", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");
  const state = fromSummary([
    { conversationId: "plain", serverId: "s1", threadId: null, lastSeq: 5, readSeq: 3, mentions: 0 },
    { conversationId: "mentioned", serverId: "s1", threadId: null, lastSeq: 9, readSeq: 3, mentions: 2 },
    { conversationId: "elsewhere", serverId: "s2", threadId: null, lastSeq: 2, readSeq: 1, mentions: 0 },
    { conversationId: "dm", serverId: null, threadId: "th1", lastSeq: 4, readSeq: 1, mentions: 0 },
  ]);
  const later = "2026-12-03T13:00:00.000Z";

  it("applies to every channel of the server without a level of its own, and to nothing else", () => {
    const settings = conversations({}, { s1: { level: "NOTHING", mutedUntil: null } });
    expect(serverBadge(state, "s1", settings, now)).toEqual({ unread: false, count: 0 });
    expect(conversationBadge(state, "elsewhere", settings, now)).toEqual({ unread: true, count: 0 });
    expect(threadsBadge(state, settings, now)).toEqual({ unread: true, count: 3 });
  });

  it("a channel's own level overrides it either way", () => {
    const louder = conversations({ plain: { level: "ALL", mutedUntil: null } }, { s1: { level: "NOTHING", mutedUntil: null } });
    expect(conversationBadge(state, "plain", louder, now)).toEqual({ unread: true, count: 0 });
    expect(conversationBadge(state, "mentioned", louder, now)).toEqual({ unread: false, count: 0 });
    const quieter = conversations({ mentioned: { level: "NOTHING", mutedUntil: null } }, { s1: { level: "ALL", mutedUntil: null } });
    expect(serverBadge(state, "s1", quieter, now)).toEqual({ unread: true, count: 0 });
    const mentionsOnly = conversations({ mentioned: { level: null, mutedUntil: null } }, { s1: { level: "MENTIONS", mutedUntil: null } });
    expect(conversationBadge(state, "plain", mentionsOnly, now)).toEqual({ unread: false, count: 0 });
    expect(conversationBadge(state, "mentioned", mentionsOnly, now)).toEqual({ unread: true, count: 2 });
  });

  it("a server mute mutes each of its channels, whatever their level, until it ends", () => {
    const settings = conversations({ plain: { level: "ALL", mutedUntil: null } }, { s1: { level: "ALL", mutedUntil: later } });
    expect(conversationBadge(state, "plain", settings, now)).toEqual({ unread: false, count: 0 });
    expect(serverBadge(state, "s1", settings, now)).toEqual({ unread: true, count: 2 }); // mentions still count
    expect(nextMuteEnd(settings, now)).toBe(Date.parse(later));
    expect(conversationBadge(state, "plain", settings, Date.parse(later) + 1)).toEqual({ unread: true, count: 0 });
  });
});

describe("a mention heard before its message's activity", () => {
  it("makes the entry unread with one mention, and the late activity changes nothing", () => {
    let state = unreadReducer({}, { type: "mention", conversationId: "c9", seq: 7, serverId: "s1" });
    expect(conversationBadge(state, "c9")).toEqual({ unread: true, count: 1 });
    state = unreadReducer(state, { type: "activity", conversationId: "c9", serverId: "s1", lastSeq: 7, authorId: "a", viewerId: "me" });
    expect(conversationBadge(state, "c9")).toEqual({ unread: true, count: 1 });
    expect(serverBadge(state, "s1")).toEqual({ unread: true, count: 1 });
  });
});
