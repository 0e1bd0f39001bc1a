// Realtime channel names: what a browser needs to subscribe, without the payload schemas (see
// lib/realtime/catalogue.ts), so pages can name channels before the realtime client has loaded.

export const channelKinds = {
  /** Messages, deletions and receipts of one conversation (a server channel or a direct thread). */
  conversation: "private-conversation-",
  /** Who has the conversation open right now (hosted Pusher caps these at 100 members). */
  presence: "presence-conversation-",
  /** A server's channel activity (new `seq`s) for its members' unread state: one event per message, whatever the member count. */
  server: "private-server-",
  /** One user's own events, for all of their tabs and devices. */
  user: "private-user-",
} as const;

export type ChannelKind = keyof typeof channelKinds;

export function channelName(kind: ChannelKind, id: string): string {
  return channelKinds[kind] + id;
}

export function parseChannelName(name: string): { kind: ChannelKind; id: string } | null {
  for (const [kind, prefix] of Object.entries(channelKinds) as [ChannelKind, string][]) {
    if (name.startsWith(prefix)) {
      const id = name.slice(prefix.length);
      return /^[a-z0-9]{1,64}$/i.test(id) ? { kind, id } : null;
    }
  }
  return null;
}
