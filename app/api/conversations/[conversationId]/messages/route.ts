import { getCurrentUser } from "@/lib/auth/session";
import { AppError, fromZodError, unauthorized } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { listMessages } from "@/lib/messages/queries";
import { id } from "@/lib/zod/fields";
import { messagesQuerySchema } from "@/lib/zod/messages";

// History and catch-up for the signed-in browser: ?before=<seq> (older), ?after=<seq>[&changedSince=<iso>]
// (newer, plus deletions since then), or neither (the newest page). Same access rules as the
// realtime channel: readers only, anything else is a 404.

export async function GET(request: Request, { params }: RouteContext<"/api/conversations/[conversationId]/messages">) {
  try {
    const user = await getCurrentUser();
    if (!user) throw unauthorized();
    const conversationId = id.safeParse((await params).conversationId);
    if (!conversationId.success) throw new AppError("not_found", "Conversation was not found.");
    const query = messagesQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const page = await listMessages(user, conversationId.data, query.data);
    return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
}
