import "server-only";
import { assertAvailable, rethrowTaken } from "@/lib/accounts/availability";
import { db } from "@/lib/db";
import { collectStorageGarbageAfterResponse } from "@/lib/files/garbage";
import { saveImage } from "@/lib/uploads/save-image";
import type { UpdateProfileInput } from "@/lib/zod/accounts";

type Actor = { id: string };

/** Full name and username (unique, case-insensitive). */
export async function updateProfile(actor: Actor, { fullName, username }: UpdateProfileInput) {
  await assertAvailable({ username }, actor.id);
  return db.user
    .update({ where: { id: actor.id }, data: { fullName, username }, select: { fullName: true, username: true } })
    .catch(rethrowTaken);
}

/** An uploaded image (checked by its bytes: PNG, JPEG, GIF or WebP, at most 2 MB) as the avatar. */
export async function setAvatarFromUpload(actor: Actor, file: File): Promise<string> {
  return replaceAvatar(actor, await saveImage(actor.id, file, "avatar"));
}

/** An image on another site (https) as the avatar. */
export function setAvatarFromUrl(actor: Actor, url: string): Promise<string> {
  return replaceAvatar(actor, url);
}

/** Back to the generated initials avatar. */
export async function removeAvatar(actor: Actor): Promise<void> {
  await replaceAvatar(actor, null);
}

/** Sets the avatar and deletes the upload it replaces, if it was one of theirs. */
async function replaceAvatar<T extends string | null>(actor: Actor, image: T): Promise<T> {
  await db.$transaction(async (tx) => {
    const { image: previous } = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { image: true } });
    await tx.user.update({ where: { id: actor.id }, data: { image } });
    const uploadId = previous?.match(/^\/api\/uploads\/([a-z0-9]+)$/)?.[1];
    if (uploadId && previous !== image) await tx.upload.deleteMany({ where: { id: uploadId, ownerId: actor.id } });
  });
  collectStorageGarbageAfterResponse(); // the replaced upload's object
  return image;
}
