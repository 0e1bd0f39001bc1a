/** What a dot or a status line says about someone. */
export type PersonPresence = { online: boolean; lastSeen: number | null };

/**
 * The tab's one answer to "is this person online?", fed by every presence channel it has joined:
 * online means a member of one of them, live. Everyone else is offline; when they were last seen
 * is the later of when the tab saw them leave and the heartbeat's time the page was rendered with
 * (`lastSeenAt`), the fallback for the label only.
 */
export class PresenceRegistry {
  private readonly channels = new Map<string, Set<string>>();
  private readonly leftAt = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** A (re)subscription's full member list. */
  reset(channel: string, userIds: Iterable<string>) {
    this.channels.set(channel, new Set(userIds));
    this.changed();
  }

  join(channel: string, userId: string) {
    const members = this.channels.get(channel) ?? new Set<string>();
    this.channels.set(channel, members.add(userId));
    this.changed();
  }

  leave(channel: string, userId: string, at = Date.now()) {
    this.channels.get(channel)?.delete(userId);
    if (!this.isMember(userId)) this.leftAt.set(userId, at);
    this.changed();
  }

  /** The tab stopped watching the channel (left the page, lost the connection): it says nothing more. */
  forget(channel: string) {
    if (this.channels.delete(channel)) this.changed();
  }

  status(userId: string, lastSeenAt?: string | number | Date | null): PersonPresence {
    if (this.isMember(userId)) return { online: true, lastSeen: null };
    const seen = Math.max(this.leftAt.get(userId) ?? 0, lastSeenAt ? new Date(lastSeenAt).getTime() : 0);
    return { online: false, lastSeen: seen || null };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  private isMember(userId: string): boolean {
    for (const members of this.channels.values()) if (members.has(userId)) return true;
    return false;
  }

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
