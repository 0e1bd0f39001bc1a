import data from "emojibase-data/en/data.json";
import messages from "emojibase-data/en/messages.json";

// The emoji picker's data (frimousse reads `${emojibaseUrl}/${locale}/data.json` and
// `messages.json`), served by the app itself from emojibase-data: no CDN, nothing the CSP must
// allow. English only; prerendered at build time.

const files: Record<string, unknown> = { "data.json": data, "messages.json": messages };

export const dynamic = "force-static";

export function generateStaticParams() {
  return Object.keys(files).map((file) => ({ locale: "en", file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const body = locale === "en" ? files[file] : undefined;
  if (body === undefined) return Response.json({ error: { code: "not_found", message: "No such emoji data." } }, { status: 404 });
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=86400" } });
}
