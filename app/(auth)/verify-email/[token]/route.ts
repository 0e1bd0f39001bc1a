import { verifyEmail } from "@/lib/accounts/verification";

// The emailed link. It verifies on GET (the link is the proof of the inbox) and redirects to a
// page that says how it went, so reloading that page does not try the token again.
export async function GET(request: Request, { params }: RouteContext<"/verify-email/[token]">) {
  const outcome = await verifyEmail((await params).token);
  const target = new URL("/verify-email", request.url);
  target.searchParams.set("status", outcome.status);
  return Response.redirect(target, 303);
}
