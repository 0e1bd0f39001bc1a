import { authenticateBearer } from "@/lib/api/bearer";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, unauthorized } from "@/lib/errors";
import { previewImageUrl } from "@/lib/links/image";
import { errorResponse } from "@/lib/http";
import { id } from "@/lib/zod/fields";

// A link preview's image: our stored copy (never the linked site's URL, which would tell it who
// looks), for anyone signed in. The preview of a public page holds nothing private, so no
// conversation check; the redirect goes to a short-lived signed URL on the object store.

export async function GET(request: Request, { params }: RouteContext<"/api/link-previews/[previewId]/image">) {
  try {
    const user = request.headers.has("authorization") ? await authenticateBearer(request) : await getCurrentUser();
    if (!user) throw unauthorized();
    const previewId = id.safeParse((await params).previewId);
    if (!previewId.success) throw new AppError("not_found", "Image was not found.");
    const location = await previewImageUrl(previewId.data);
    return new Response(null, {
      status: 302,
      headers: { Location: location, "Cache-Control": "private, max-age=60", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff" },
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
