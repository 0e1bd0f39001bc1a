import { describe, expect, it, vi } from "vitest";
import type { MessagesPage } from "@/lib/messages/page";
import { ConversationSync, newClientId, type SyncApi } from "@/lib/messages/client/sync";
import type { MessagePayload } from "@/lib/realtime/catalogue";

// ConversationSync against an in-memory stand-in for the server (the real one is exercised by
// the integration and fault tests): the decisions it makes on its own.

const C = "conv1";

function fakeServer() {
  const stored: MessagePayload[] = [];
  const byClientId = new Map<string, MessagePayload>();
  const failures = { sends: 0 };
  const calls = { sends: 0, fetches: [] as Record<string, unknown>[], receipts: [] as unknown[], attachmentIds: [] as (string[] | undefined)[] };
  const api: SyncApi = {
    async fetchPage(query) {
      calls.fetches.push(query);
      const head = stored.length;
      if (query.after !== undefined) {
        return { messages: stored.filter((m) => m.seq > query.after!), syncedTo: head, hasNewer: false, serverTime: new Date().toISOString() } satisfies MessagesPage;
      }
      if (query.before !== undefined) {
        const older = stored.filter((m) => m.seq < query.before!);
        return { messages: older.slice(-2), hasOlder: older.length > 2, serverTime: new Date().toISOString() };
      }
      return { messages: stored.slice(-2), syncedTo: head, hasOlder: head > 2, serverTime: new Date().toISOString() };
    },
    async send({ clientId, body, attachmentIds }) {
      calls.sends++;
      calls.attachmentIds.push(attachmentIds);
      if (failures.sends > 0) {
        failures.sends--;
        return { ok: false, error: { code: "internal", message: "database down" } };
      }
      const existing = byClientId.get(clientId);
      if (existing) return { ok: true, data: existing };
      const message = add(body, "me", clientId);
      byClientId.set(clientId, message);
      return { ok: true, data: message };
    },
    async markReceipts(input) {
      calls.receipts.push(input);
    },
  };
  function add(body: string, author = "bob", clientId = newClientId()): MessagePayload {
    const message: MessagePayload = {
      id: `m${stored.length + 1}`,
      conversationId: C,
      seq: stored.length + 1,
      clientId,
      author: { id: author, username: author, fullName: author, image: null },
      body,
      createdAt: new Date().toISOString(),
      editedAt: null,
      deletedAt: null,
    };
    stored.push(message);
    return message;
  }
  return { api, add, stored, failures, calls };
}

const fast = { sendRetryDelaysMs: [5, 5, 5], receiptIntervalMs: 20 };

describe("ConversationSync", () => {
  it("loads the newest page, then older pages on demand", async () => {
    const server = fakeServer();
    for (let i = 0; i < 5; i++) server.add(`hello ${i}`);
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    expect(sync.state.messages.map((m) => m.seq)).toEqual([4, 5]);
    await sync.loadOlder();
    await sync.loadOlder();
    expect(sync.state.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(sync.state.hasOlder).toBe(false);
  });

  it("fetches what it missed when an event reveals a gap", async () => {
    const server = fakeServer();
    server.add("one");
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    server.add("two");
    const three = server.add("three");
    sync.onMessageCreated({ message: three });
    await sync.catchUp();
    expect(sync.state.messages.map((m) => m.body)).toEqual(["one", "two", "three"]);
    expect(server.calls.fetches.at(-1)).toMatchObject({ after: 1 });
  });

  it("starts from a newest page it was given, then catches up on what came after it, once", async () => {
    const server = fakeServer();
    for (let i = 1; i <= 3; i++) server.add(`hello ${i}`);
    const rendered = await server.api.fetchPage({});
    server.calls.fetches.length = 0;
    const sync = new ConversationSync(C, "me", server.api, fast, rendered);
    expect(sync.getSnapshot().status.loading).toBe(false);
    expect(sync.state.messages.map((m) => m.body)).toEqual(["hello 2", "hello 3"]);
    await sync.load();
    expect(server.calls.fetches).toEqual([]);

    const four = server.add("sent between the render and the subscription");
    await sync.catchUp(); // on subscribing
    expect(server.calls.fetches).toEqual([{ after: 3, changedSince: rendered.serverTime }]);
    sync.onMessageCreated({ message: four }); // its event, arriving late
    expect(sync.state.messages.map((m) => m.seq)).toEqual([2, 3, 4]);
    expect(sync.state.syncedTo).toBe(4);
    await sync.loadOlder();
    expect(sync.state.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it("fetches a message whose event came without its body", async () => {
    const server = fakeServer();
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    const long = server.add("x".repeat(4000));
    sync.onMessageCreated({ message: { ...long, body: "" }, truncated: true });
    await sync.catchUp();
    expect(sync.state.messages[0]!.body).toHaveLength(4000);
  });

  it("retries a send that failed on the server, with the same clientId, storing it once", async () => {
    const server = fakeServer();
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    server.failures.sends = 2;
    const clientId = sync.send("are you there?");
    expect(sync.state.pending).toMatchObject([{ clientId, status: "sending", body: "are you there?" }]);
    await vi.waitFor(() => expect(sync.state.pending).toEqual([]));
    expect(server.calls.sends).toBe(3);
    expect(server.stored.map((m) => m.body)).toEqual(["are you there?"]);
    expect(sync.state.messages.map((m) => m.clientId)).toEqual([clientId]);
  });

  it("marks a send failed after its retries, and sends it again on request", async () => {
    const server = fakeServer();
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    server.failures.sends = 10;
    const clientId = sync.send("hello");
    await vi.waitFor(() => expect(sync.state.pending[0]?.status).toBe("failed"));
    expect(sync.state.pending[0]!.error).toBe("database down");
    server.failures.sends = 0;
    sync.retry(clientId);
    await vi.waitFor(() => expect(sync.state.messages.map((m) => m.body)).toEqual(["hello"]));
    expect(sync.state.pending).toEqual([]);
  });

  it("shows a send's files while it is on its way, and sends their ids (the same on every retry)", async () => {
    const server = fakeServer();
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    server.failures.sends = 1;
    const file = { id: "f1", name: "a.txt", contentType: "text/plain", size: 3, kind: "file" as const, width: null, height: null, alt: null, url: "/api/files/f1", thumbnailUrl: null };
    sync.send("", undefined, [file]);
    expect(sync.state.pending[0]).toMatchObject({ body: "", attachments: [file] });
    await vi.waitFor(() => expect(sync.state.pending).toEqual([]));
    expect(server.calls.attachmentIds).toEqual([["f1"], ["f1"]]);
  });

  it("does not retry a refusal", async () => {
    const server = fakeServer();
    const sync = new ConversationSync(C, "me", { ...server.api, send: async () => ({ ok: false, error: { code: "forbidden", message: "Join first" } }) }, fast);
    await sync.load();
    sync.send("hi");
    await vi.waitFor(() => expect(sync.state.pending[0]).toMatchObject({ status: "failed", error: "Join first" }));
  });

  it("sends in order, one after the other", async () => {
    const server = fakeServer();
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    server.failures.sends = 1;
    for (const body of ["a", "b", "c"]) sync.send(body);
    await vi.waitFor(() => expect(sync.state.pending).toEqual([]));
    expect(server.stored.map((m) => m.body)).toEqual(["a", "b", "c"]);
  });

  it("reports receipts at most once per interval, up to the last message from someone else", async () => {
    const server = fakeServer();
    server.add("one");
    server.add("two");
    const sync = new ConversationSync(C, "me", server.api, fast);
    await sync.load();
    sync.markRead(1);
    sync.markRead(2);
    sync.markRead(99);
    await vi.waitFor(() => expect(server.calls.receipts.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 60));
    expect(server.calls.receipts).toEqual([{ conversationId: C, deliveredSeq: 2, readSeq: 2 }]);
    sync.dispose();
  });

  it("keeps retrying the first page until the server answers", async () => {
    vi.useFakeTimers();
    try {
      const server = fakeServer();
      let down = true;
      const sync = new ConversationSync(C, "me", {
        ...server.api,
        fetchPage: (q) => (down ? Promise.reject(new Error("offline")) : server.api.fetchPage(q)),
      });
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const loading = sync.load();
      await vi.advanceTimersByTimeAsync(3_000);
      expect(sync.getSnapshot().status.error).toMatch(/Retrying/);
      down = false;
      await vi.advanceTimersByTimeAsync(5_000);
      await loading;
      expect(sync.getSnapshot().status).toMatchObject({ loading: false, error: null });
      warn.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});
