import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonError } from "@/lib/http";
import { authorizeSubscription, subscriptionSchema } from "@/lib/realtime/authorize";

// pusher-js in the browser posts here (form-encoded socket_id + channel_name) before joining a
// private or presence channel; the session cookie says who asks. API clients use the bearer-token
// twin, /api/v1/realtime/auth. Both apply lib/realtime/authorize.ts.

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return jsonError("unauthorized", "Please sign in to continue.");

  const parsed = subscriptionSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return jsonError("validation", "Invalid subscription request.");

  try {
    return Response.json(await authorizeSubscription(user, parsed.data));
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
}
