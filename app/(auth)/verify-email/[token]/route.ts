import { verifyEmail } from "@/lib/accounts/verification";

// The emailed link. It verifies on GET (the link is the proof of the inbox) and redirects to a
// page that says how it went, so reloading that page does not try the token again. The Location
// is relative: behind a proxy, request.url may not carry the host the browser used.
export async function GET(_request: Request, { params }: RouteContext<"/verify-email/[token]">) {
  const outcome = await verifyEmail((await params).token);
  return new Response(null, { status: 303, headers: { Location: `/verify-email?status=${outcome.status}` } });
}
