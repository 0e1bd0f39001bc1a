import type { SearchPlace } from "@/lib/search/places";

/** Where a result opens: its conversation, at that message. */
export function resultHref(place: SearchPlace, seq: number): string {
  const conversation = place.kind === "channel" ? `/s/${place.serverSlug}/${place.channelSlug}` : `/t/${place.threadId}`;
  return `${conversation}?at=${seq}`;
}

export function placeLabel(place: SearchPlace): string {
  return place.kind === "channel" ? `#${place.channelName} · ${place.serverName}` : place.title;
}
