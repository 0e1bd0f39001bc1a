import "client-only";
import type Pusher from "pusher-js";
import type { Channel } from "pusher-js";

/**
 * pusher-js never retries a failed subscription. A refusal (403) is final, but a failure of the
 * auth request itself (network, 429, 5xx) is not: subscribe again, waiting longer each time.
 * Returns the cleanup.
 */
export function retryFailedSubscriptions(client: Pusher, channel: Channel, onRefused?: (status: number) => void): () => void {
  let retries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onError = (error: { status?: number }) => {
    const status = error?.status ?? 0;
    if (status === 0 || status === 429 || status >= 500) {
      timer = setTimeout(() => client.subscribe(channel.name), Math.min(1_000 * 2 ** retries++, 30_000));
    } else {
      onRefused?.(status);
    }
  };
  const onSubscribed = () => {
    retries = 0;
  };
  channel.bind("pusher:subscription_error", onError);
  channel.bind("pusher:subscription_succeeded", onSubscribed);
  return () => {
    clearTimeout(timer);
    channel.unbind("pusher:subscription_error", onError);
    channel.unbind("pusher:subscription_succeeded", onSubscribed);
  };
}
