import "server-only";
import type { Actor } from "@/lib/access/server";
import { saveImage } from "@/lib/uploads/save-image";

/** The icon URL to store: an uploaded image (checked and saved) wins over an https address. */
export async function resolveIcon(actor: Actor, input: { icon?: File; iconUrl?: string }): Promise<string | undefined> {
  if (input.icon) return saveImage(actor.id, input.icon, "icon");
  return input.iconUrl;
}
