import http from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for a browser vendor's push service (FCM, Mozilla autopush…): the app delivers
// to endpoints under it (PUSH_SERVICE_ORIGINS lets it). It stores each delivery as received —
// headers and the encrypted body — for tests to decrypt with the subscription's private keys
// (tests/support/web-push.ts). Like the real ones it answers 201, or 410 once a subscription has
// been expired (POST /__expire/<id>). GET /__pushes/<id> lists what reached a subscription.

export type ReceivedPush = { headers: Record<string, string>; body: string /* base64 */; at: number };

export async function startPushService(): Promise<{ url: string; stop: () => Promise<void> }> {
  const received = new Map<string, ReceivedPush[]>();
  const expired = new Set<string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const [, kind, id = ""] = (request.url ?? "").split("/");
      const answer = (status: number, body?: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(body === undefined ? "" : JSON.stringify(body));
      };
      if (request.method === "POST" && kind === "push") {
        if (expired.has(id)) return answer(410, { reason: "expired" });
        const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
        received.set(id, [...(received.get(id) ?? []), { headers, body: Buffer.concat(chunks).toString("base64"), at: Date.now() }]);
        response.writeHead(201, { location: `/message/${received.get(id)!.length}` });
        return response.end();
      }
      if (request.method === "POST" && kind === "__expire") {
        expired.add(id);
        return answer(204);
      }
      if (request.method === "GET" && kind === "__pushes") return answer(200, received.get(id) ?? []);
      answer(404, { reason: "not found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
