import { db } from "@/lib/db";
import { jsonError } from "@/lib/http";
import { id as idSchema } from "@/lib/zod/fields";

// Serves stored images (avatars, server icons). They are public by URL, like any avatar host:
// the id is unguessable and nothing private is stored as an upload. Never served as HTML/SVG.
export async function GET(_request: Request, { params }: RouteContext<"/api/uploads/[id]">) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) return jsonError("not_found", "Not found.");
  const upload = await db.upload.findUnique({ where: { id: parsed.data }, select: { contentType: true, data: true } });
  if (!upload) return jsonError("not_found", "Not found.");
  return new Response(upload.data, {
    headers: {
      "Content-Type": upload.contentType,
      "Content-Length": String(upload.data.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
