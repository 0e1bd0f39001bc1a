import { getCurrentUser } from "@/lib/auth/session";
import { AppError, fromZodError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { publicMessages } from "@/lib/public/messages";
import { id } from "@/lib/zod/fields";
import { publicMessagesQuerySchema } from "@/lib/zod/messages";

// Older pages of a public server's channel for signed-out visitors (the read-only channel page
// under /explore): ?before=<seq>. Anyone may ask; anything but a public channel is a 404, and so is
// a server that banned the signed-in caller. No receipts, presence or realtime go with it.

export async function GET(request: Request, { params }: RouteContext<"/api/public/conversations/[conversationId]/messages">) {
  try {
    const conversationId = id.safeParse((await params).conversationId);
    if (!conversationId.success) throw new AppError("not_found", "Conversation was not found.");
    const query = publicMessagesQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const page = await publicMessages(await getCurrentUser(), conversationId.data, query.data);
    return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
}
