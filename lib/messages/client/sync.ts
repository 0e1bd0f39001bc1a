import "client-only";
import type { ErrorBody } from "@/lib/errors";
import type { MessagesPage } from "@/lib/messages/page";
import {
  addPending,
  applyDeleted,
  applyEdited,
  applyHidden,
  applyMessage,
  applyNewerPage,
  applyNewestPage,
  applyOlderPage,
  applyPin,
  applyReaction,
  applyReceipts,
  createTimeline,
  lastSeqFromOthers,
  removePending,
  setLinkPreview,
  setPendingStatus,
  type Marks,
  type Timeline,
} from "@/lib/messages/client/timeline";
import type { AttachmentPayload, EventPayload, MessagePayload, ReplyQuote } from "@/lib/realtime/catalogue";

// Keeps one conversation's Timeline in step with the server, without React: the browser drives it
// from realtime events (components/chat/use-conversation.ts) and the fault tests drive it from
// pusher-js clients in Node. It decides when to fetch (first page, older pages, catch-up after a
// (re)subscription or a gap), retries sends and fetches, and reports receipts at most once per
// `receiptIntervalMs`.

type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export type SyncApi = {
  fetchPage(query: { before?: number; after?: number; around?: number; changedSince?: string }): Promise<MessagesPage>;
  send(input: { conversationId: string; clientId: string; body: string; replyToId?: string; attachmentIds?: string[] }): Promise<Result<MessagePayload>>;
  markReceipts?(input: { conversationId: string } & Marks): Promise<unknown>;
};

export type SyncOptions = {
  /** Delays between send attempts after a failure that may pass (network, server, rate limit). */
  sendRetryDelaysMs?: number[];
  receiptIntervalMs?: number;
  /** Catch-up pages in a row before starting over from the newest page instead. */
  maxCatchUpPages?: number;
  onError?: (message: string) => void;
};

export type SyncStatus = { loading: boolean; loadingOlder: boolean; error: string | null };

const RETRYABLE = new Set(["internal", "rate_limited"]);
const FETCH_RETRY_MAX_MS = 15_000;

export class ConversationSync {
  private timeline: Timeline;
  private status: SyncStatus = { loading: true, loadingOlder: false, error: null };
  private snapshot: { timeline: Timeline; status: SyncStatus };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private sendQueue: Promise<void> = Promise.resolve();
  private disposed = false;
  /** Bumped whenever the timeline starts over (a reload, a jump): pages asked for before are dropped. */
  private epoch = 0;
  private readonly acked: Marks = { deliveredSeq: 0, readSeq: 0 };
  private readTarget = 0;
  private receiptTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly options: Required<Omit<SyncOptions, "onError">> & Pick<SyncOptions, "onError">;

  /**
   * `newestPage`: the newest page when the caller already has it (rendered with the page on the
   * server). The sync starts from it instead of fetching it; the first catch-up then asks only
   * for what came after it, and for the deletions and hides since it was read.
   */
  constructor(
    readonly conversationId: string,
    readonly viewerId: string,
    private readonly api: SyncApi,
    options: SyncOptions = {},
    newestPage?: MessagesPage,
  ) {
    this.options = { sendRetryDelaysMs: [500, 1_000, 2_000, 4_000, 8_000], receiptIntervalMs: 1_000, maxCatchUpPages: 10, ...options };
    this.timeline = createTimeline(conversationId, viewerId);
    if (newestPage) {
      this.timeline = applyNewestPage(this.timeline, newestPage);
      this.status = { ...this.status, loading: false };
      this.loading = Promise.resolve();
    }
    this.snapshot = { timeline: this.timeline, status: this.status };
  }

  // --- state, for useSyncExternalStore and tests ---

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  get state(): Timeline {
    return this.timeline;
  }

  private update(timeline: Timeline, status: Partial<SyncStatus> = {}) {
    if (this.disposed) return;
    const statusChanged = Object.entries(status).some(([k, v]) => this.status[k as keyof SyncStatus] !== v);
    if (timeline === this.timeline && !statusChanged) return;
    this.timeline = timeline;
    if (statusChanged) this.status = { ...this.status, ...status };
    this.snapshot = { timeline, status: this.status };
    for (const listener of this.listeners) listener();
    this.scheduleReceipts();
  }

  /** Stops retrying and reporting (on unmount). React may mount again: `activate()` undoes it. */
  dispose() {
    this.disposed = true;
    if (this.receiptTimer) clearTimeout(this.receiptTimer);
    this.receiptTimer = null;
  }

  activate() {
    this.disposed = false;
    this.scheduleReceipts();
  }

  // --- fetching ---

  /** The newest page, unless the sync started from it. Retries until it succeeds (or the sync is disposed). */
  load(): Promise<void> {
    this.loading ??= this.retrying(async () => {
      const page = await this.api.fetchPage({});
      this.update(applyNewestPage(this.timeline, page), { loading: false, error: null });
    }).then(() => {
      if (!this.timeline.loaded) this.loading = null; // disposed before it loaded: load again next time
    });
    return this.loading;
  }

  /** Fetches everything after syncedTo (and changes since the last catch-up). Call after every (re)subscription. */
  catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      try {
        await this.load();
        do {
          this.catchUpAgain = false;
          await this.retrying(() => this.fetchNewer());
        } while (this.catchUpAgain && !this.disposed);
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  /** Opened around an older message, one catch-up loads one page: the reader scrolls down through them. */
  private async fetchNewer() {
    for (let pages = 0; !this.disposed; pages++) {
      if (pages >= this.options.maxCatchUpPages) return this.reload();
      const { epoch } = this;
      const after = this.timeline.syncedTo;
      const page = await this.api.fetchPage({ after, changedSince: this.timeline.changedSince ?? undefined });
      if (epoch !== this.epoch) return;
      const { timeline, more, reload } = applyNewerPage(this.timeline, page, after, this.readTarget);
      this.update(timeline, { error: null });
      if (reload) return this.reload();
      if (!more || timeline.hasNewer) return;
    }
  }

  /** Starts over from the newest page (after a long absence), keeping pending sends and hides. */
  private async reload() {
    await this.startOver({});
  }

  private async startOver(query: { around?: number }) {
    const epoch = ++this.epoch;
    const page = await this.api.fetchPage(query);
    if (epoch !== this.epoch) return;
    const fresh = { ...createTimeline(this.conversationId, this.viewerId), pending: this.timeline.pending, hidden: this.timeline.hidden };
    this.update(applyNewestPage(fresh, page), { loadingOlder: false });
  }

  /** Opens the page of history around `seq` in place of what is loaded (jumping to a message). */
  jumpTo(seq: number): Promise<void> {
    return this.startOver({ around: seq });
  }

  /** Back to the newest messages after a jump. */
  jumpToLatest(): Promise<void> {
    return this.timeline.hasNewer ? this.reload() : Promise.resolve();
  }

  /** After a jump, the next page towards the newest (the reader scrolled down to the end of what is loaded). */
  loadNewer(): Promise<void> {
    if (this.catchingUp) return this.catchingUp;
    return this.timeline.hasNewer ? this.catchUp() : Promise.resolve();
  }

  async loadOlder(): Promise<void> {
    const oldest = this.timeline.messages[0];
    if (!this.timeline.hasOlder || !oldest || this.status.loadingOlder) return;
    const { epoch } = this;
    this.update(this.timeline, { loadingOlder: true });
    try {
      const page = await this.api.fetchPage({ before: oldest.seq });
      if (epoch !== this.epoch) return;
      this.update(applyOlderPage(this.timeline, page), { loadingOlder: false });
    } catch {
      this.update(this.timeline, { loadingOlder: false });
      this.options.onError?.("Couldn't load older messages. Scroll up to try again.");
    }
  }

  /** Runs `work` until it succeeds, waiting longer after each failure (1 s, 2 s, 4 s … 15 s). */
  private async retrying(work: () => Promise<void>) {
    for (let attempt = 0; !this.disposed; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt === 0) console.warn("conversation sync failed, retrying:", (error as Error).message);
        this.update(this.timeline, { error: "Can't reach the server. Retrying…" });
        await sleep(Math.min(1_000 * 2 ** attempt, FETCH_RETRY_MAX_MS));
      }
    }
  }

  // --- realtime events ---

  /** What to bind on the conversation's channel and on the viewer's own channel. */
  readonly conversationHandlers = {
    "message.created": (payload: EventPayload<"conversation", "message.created">) => this.onMessageCreated(payload),
    "message.deleted": (payload: EventPayload<"conversation", "message.deleted">) => this.onMessageDeleted(payload),
    "message.updated": (payload: EventPayload<"conversation", "message.updated">) => this.onMessageUpdated(payload),
    "receipts.updated": (payload: EventPayload<"conversation", "receipts.updated">) => this.onReceipts(payload),
    "reaction.changed": (payload: EventPayload<"conversation", "reaction.changed">) => this.onReactionChanged(payload),
    "pins.changed": (payload: EventPayload<"conversation", "pins.changed">) => this.onPinsChanged(payload),
    "message.preview": (payload: EventPayload<"conversation", "message.preview">) => this.update(setLinkPreview(this.timeline, payload.messageId, payload.linkPreview)),
  };

  readonly userHandlers = {
    "message.hidden": (payload: EventPayload<"user", "message.hidden">) => this.onMessageHidden(payload),
  };

  onMessageCreated({ message, truncated }: EventPayload<"conversation", "message.created">) {
    if (truncated) return void this.catchUp();
    const { timeline, gap } = applyMessage(this.timeline, message);
    this.update(timeline);
    if (gap) void this.catchUp();
  }

  onMessageDeleted({ id, seq }: EventPayload<"conversation", "message.deleted">) {
    this.update(applyDeleted(this.timeline, id, this.readTarget));
    if (seq > this.timeline.syncedTo && !this.timeline.hasNewer) void this.catchUp();
  }

  onMessageUpdated({ message, truncated }: EventPayload<"conversation", "message.updated">) {
    if (truncated) return void this.catchUp();
    this.update(applyEdited(this.timeline, message, this.readTarget));
  }

  /** A reaction added or taken back: from its event, or from the answer to the viewer's own. */
  onReactionChanged(change: Omit<EventPayload<"conversation", "reaction.changed">, "conversationId" | "seq">) {
    this.update(applyReaction(this.timeline, change));
  }

  /** A message pinned or unpinned: from its event, or from the answer to the viewer's own. */
  onPinsChanged(change: { messageId: string; pinned: boolean }) {
    this.update(applyPin(this.timeline, change));
  }

  onMessageHidden({ conversationId, messageId }: EventPayload<"user", "message.hidden">) {
    if (conversationId === this.conversationId) this.update(applyHidden(this.timeline, messageId));
  }

  onReceipts({ receipts }: EventPayload<"conversation", "receipts.updated">) {
    this.update(applyReceipts(this.timeline, receipts));
  }

  // --- sending ---

  /**
   * Shows the message at once (pending) and sends it, in order after earlier sends; `replyTo`: the
   * message it answers; `attachments`: uploaded and checked files it carries.
   */
  send(body: string, replyTo?: ReplyQuote, attachments: AttachmentPayload[] = []): string {
    const clientId = newClientId();
    if (this.timeline.hasNewer) {
      // A message is written at the newest end: go there first, so its answer lands in what is held.
      const back = this.jumpToLatest().catch(() => this.catchUp());
      this.sendQueue = this.sendQueue.then(() => back);
    }
    this.update(addPending(this.timeline, { clientId, body, createdAt: new Date().toISOString(), ...(replyTo ? { replyTo } : {}), ...(attachments.length > 0 ? { attachments } : {}) }));
    this.enqueue(clientId);
    return clientId;
  }

  /** Sends a failed message again, with the same clientId (so it can never be stored twice). */
  retry(clientId: string) {
    if (!this.timeline.pending.some((p) => p.clientId === clientId && p.status === "failed")) return;
    this.update(setPendingStatus(this.timeline, clientId, "sending"));
    this.enqueue(clientId);
  }

  /** Gives up on a message that was not sent. */
  discard(clientId: string) {
    this.update(removePending(this.timeline, clientId));
  }

  private enqueue(clientId: string) {
    const run = this.sendQueue.then(() => this.deliver(clientId));
    this.sendQueue = run.catch(() => {});
  }

  private async deliver(clientId: string) {
    const delays = this.options.sendRetryDelaysMs;
    for (let attempt = 0; ; attempt++) {
      const pending = this.timeline.pending.find((p) => p.clientId === clientId);
      if (!pending || this.disposed) return; // already confirmed by its realtime event, or discarded
      let result: Result<MessagePayload>;
      try {
        const attachmentIds = pending.attachments?.map((a) => a.id);
        result = await this.api.send({
          conversationId: this.conversationId,
          clientId,
          body: pending.body,
          ...(pending.replyTo ? { replyToId: pending.replyTo.id } : {}),
          ...(attachmentIds ? { attachmentIds } : {}),
        });
      } catch {
        result = { ok: false, error: { code: "internal", message: "Can't reach the server." } };
      }
      if (result.ok) {
        const { timeline, gap } = applyMessage(this.timeline, result.data);
        this.update(removePending(timeline, clientId));
        if (gap) void this.catchUp();
        return;
      }
      const retryable = RETRYABLE.has(result.error.code) && attempt < delays.length;
      if (!retryable) {
        this.update(setPendingStatus(this.timeline, clientId, "failed", result.error.message));
        return;
      }
      const wait = result.error.retryAfterSeconds ? result.error.retryAfterSeconds * 1_000 : delays[attempt]!;
      await sleep(wait);
    }
  }

  // --- receipts ---

  /** The viewer has seen everything up to `seq` on screen. */
  markRead(seq: number) {
    if (seq <= this.readTarget) return;
    this.readTarget = seq;
    this.scheduleReceipts();
  }

  /** Marks past the last message from someone else would tell nobody anything: stop there. */
  private marks(): Marks {
    const delivered = Math.min(this.timeline.syncedTo, lastSeqFromOthers(this.timeline));
    return { deliveredSeq: delivered, readSeq: Math.min(this.readTarget, delivered) };
  }

  private scheduleReceipts() {
    if (!this.api.markReceipts || this.receiptTimer || this.disposed) return;
    const { deliveredSeq, readSeq } = this.marks();
    if (deliveredSeq <= this.acked.deliveredSeq && readSeq <= this.acked.readSeq) return;
    this.receiptTimer = setTimeout(() => void this.flushReceipts(), this.options.receiptIntervalMs);
  }

  private async flushReceipts() {
    const marks = this.marks();
    try {
      await this.api.markReceipts!({ conversationId: this.conversationId, ...marks });
      this.acked.deliveredSeq = Math.max(this.acked.deliveredSeq, marks.deliveredSeq);
      this.acked.readSeq = Math.max(this.acked.readSeq, marks.readSeq);
    } catch {
      // Tried again with the next change; receipts are a courtesy, messages are what must not be lost.
    } finally {
      this.receiptTimer = null;
    }
    this.scheduleReceipts();
  }
}

/** A random id for an optimistic send (works outside secure contexts, unlike randomUUID). */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
