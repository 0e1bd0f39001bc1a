import { db } from "@/lib/db";
import { jsonError } from "@/lib/http";
import { uploadImageUrl } from "@/lib/uploads/image-url";
import { id as idSchema } from "@/lib/zod/fields";

// Serves stored images (avatars, server icons). They are public by URL, like any avatar host:
// the id is unguessable and nothing private is stored as an upload. The bytes are in the object
// store: this redirects to a signed URL (the same for an hour, so browsers cache the image).
// Images stored before they moved there are served from the database until they are moved.
export async function GET(_request: Request, { params }: RouteContext<"/api/uploads/[id]">) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) return jsonError("not_found", "Not found.");
  const upload = await db.upload.findUnique({ where: { id: parsed.data }, select: { contentType: true, key: true, data: true } });
  if (!upload || (!upload.key && !upload.data)) return jsonError("not_found", "Not found.");
  const safety = { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; sandbox" };
  if (upload.key) {
    const location = await uploadImageUrl(upload.key, upload.contentType);
    return new Response(null, { status: 302, headers: { Location: location, "Cache-Control": "public, max-age=300", "Referrer-Policy": "no-referrer", ...safety } });
  }
  return new Response(upload.data, {
    headers: { "Content-Type": upload.contentType, "Content-Length": String(upload.data!.byteLength), "Cache-Control": "public, max-age=31536000, immutable", ...safety },
  });
}
