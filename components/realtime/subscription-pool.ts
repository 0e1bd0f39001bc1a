import type Pusher from "pusher-js";
import type { Channel } from "pusher-js";

export type Held = { channel: Channel; release: () => void };

/**
 * Reference-counted subscriptions on one pusher-js client: a channel is subscribed while at
 * least one holder holds it, and unsubscribed when the last one lets go.
 *
 * pusher-js alone gets quick release → re-acquire wrong (React StrictMode's mount → cleanup →
 * mount, or leaving and re-entering a conversation within one round trip): unsubscribing a
 * channel whose subscription is pending only marks it cancelled, and `client.channel(name)` hands
 * that cancelled object back, which pusher-js then drops once the server confirms. So acquire
 * always goes through `client.subscribe(name)` (which reinstates a cancelled subscription), and a
 * channel cancelled just before the connection dropped (pusher-js would subscribe it again on
 * reconnect, for nobody) is forgotten as soon as the connection goes down.
 */
export class SubscriptionPool {
  private readonly holders = new Map<string, number>();

  constructor(private readonly client: Pusher) {
    client.connection.bind("connecting", this.forgetUnheld);
    client.connection.bind("disconnected", this.forgetUnheld);
  }

  acquire(name: string): Held {
    this.holders.set(name, (this.holders.get(name) ?? 0) + 1);
    const channel = this.client.subscribe(name);
    let released = false;
    return {
      channel,
      release: () => {
        if (released) return;
        released = true;
        const left = (this.holders.get(name) ?? 1) - 1;
        if (left > 0) return void this.holders.set(name, left);
        this.holders.delete(name);
        this.client.unsubscribe(name);
      },
    };
  }

  /** The names held now (what should be subscribed). */
  held(): string[] {
    return [...this.holders.keys()].sort();
  }

  dispose() {
    this.client.connection.unbind("connecting", this.forgetUnheld);
    this.client.connection.unbind("disconnected", this.forgetUnheld);
  }

  // Runs after pusher-js has marked every channel unsubscribed and not pending (it binds first),
  // so unsubscribe() here only drops the channel from the client's table.
  private readonly forgetUnheld = () => {
    for (const channel of this.client.allChannels()) {
      if (!this.holders.has(channel.name)) this.client.unsubscribe(channel.name);
    }
  };
}
