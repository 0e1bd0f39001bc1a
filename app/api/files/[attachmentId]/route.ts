import { authenticateBearer } from "@/lib/api/bearer";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, unauthorized } from "@/lib/errors";
import { downloadUrl } from "@/lib/files/download";
import { errorResponse } from "@/lib/http";
import { id } from "@/lib/zod/fields";

// A message's file: checks the reader's access now (the browser's session, or an API client's
// bearer token) and redirects to a short-lived signed URL on the object store. The bytes never
// pass through here. ?variant=thumbnail gives an image's preview.

export async function GET(request: Request, { params }: RouteContext<"/api/files/[attachmentId]">) {
  try {
    const user = request.headers.has("authorization") ? await authenticateBearer(request) : await getCurrentUser();
    if (!user) throw unauthorized();
    const attachmentId = id.safeParse((await params).attachmentId);
    if (!attachmentId.success) throw new AppError("not_found", "File was not found.");
    const variant = new URL(request.url).searchParams.get("variant") === "thumbnail" ? "thumbnail" : "original";
    const location = await downloadUrl(user, attachmentId.data, variant);
    return new Response(null, {
      status: 302,
      headers: {
        Location: location,
        // Access is decided per request: nothing may reuse this answer.
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) {
      const response = errorResponse(error);
      response.headers.set("Cache-Control", "private, no-store");
      return response;
    }
    throw error;
  }
}
