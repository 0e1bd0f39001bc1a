import http from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for Resend's HTTP API: records every POST /emails so tests can read what the
// app sent (GET /__emails). The app talks to it through the real Resend SDK (RESEND_BASE_URL).

export type RecordedEmail = { id: string; from: string; to: string[]; subject: string; html: string; text: string; authorization: string };

export async function startMailServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const emails: RecordedEmail[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (request.method === "POST" && request.url === "/emails") {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        const email: RecordedEmail = {
          id: crypto.randomUUID(),
          from: body.from,
          to: Array.isArray(body.to) ? body.to : [body.to],
          subject: body.subject,
          html: body.html ?? "",
          text: body.text ?? "",
          authorization: String(request.headers.authorization ?? ""),
        };
        emails.push(email);
        return json(200, { id: email.id });
      }
      if (request.method === "GET" && request.url?.startsWith("/__emails")) {
        const to = new URL(request.url, "http://x").searchParams.get("to");
        return json(200, to ? emails.filter((e) => e.to.includes(to)) : emails);
      }
      json(404, { message: "not found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
