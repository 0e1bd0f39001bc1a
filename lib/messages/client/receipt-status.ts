import "client-only";
import type { Marks } from "@/lib/messages/client/timeline";

export type ReceiptState = "sent" | "delivered" | "read";

/**
 * How far one of the viewer's messages got. In a thread it counts as delivered / read when it is
 * for every other participant; in a channel, when it is for anyone. `readers`: who has read it.
 */
export function receiptStatus(
  receipts: Readonly<Record<string, Marks>>,
  seq: number,
  audience: { kind: "thread"; others: string[] } | { kind: "channel" },
): { state: ReceiptState; readers: string[] } {
  const entries = Object.entries(receipts);
  const readers = entries.filter(([, m]) => m.readSeq >= seq).map(([userId]) => userId);
  const delivered = entries.filter(([, m]) => m.deliveredSeq >= seq).map(([userId]) => userId);
  const all = (ids: string[]) => audience.kind === "thread" && audience.others.length > 0 && audience.others.every((id) => ids.includes(id));
  const any = (ids: string[]) => ids.length > 0;
  const reached = audience.kind === "thread" ? all : any;
  return { state: reached(readers) ? "read" : reached(delivered) ? "delivered" : "sent", readers };
}

/** "Seen", "Seen by Alice and Bob", "Seen by 12" (channels), or null. */
export function seenLabel(readers: string[], nameOf: (id: string) => string, audience: "direct" | "group" | "channel"): string | null {
  if (readers.length === 0) return null;
  if (audience === "direct") return "Seen";
  if (audience === "channel") return `Seen by ${readers.length >= 100 ? "100+" : readers.length}`;
  const names = readers.map(nameOf);
  return `Seen by ${names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`}`;
}
