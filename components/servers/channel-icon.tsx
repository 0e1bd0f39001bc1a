import { Hash, Lock } from "lucide-react";

/** A channel's icon: # for a channel the whole server sees, a lock for a private one. */
export function ChannelIcon({ channel, className }: { channel: { private: boolean }; className?: string }) {
  return channel.private ? <Lock className={className} aria-label="Private channel" role="img" /> : <Hash className={className} aria-hidden />;
}
