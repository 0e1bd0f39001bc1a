import { afterEach, describe, expect, it } from "vitest";
import { publish } from "@/lib/realtime/server";
import { apiClient, dispatch } from "../../support/api";
import { createServer, createThread, createUser } from "../../support/factories";
import { apiRealtimeClient } from "../../support/realtime";

// pusher-js clients through the real Soketi, their subscriptions signed by /api/v1/realtime/auth.

const api = apiClient();
const clients: ReturnType<typeof apiRealtimeClient>[] = [];
function connect(accessToken: string) {
  const client = apiRealtimeClient(accessToken, dispatch);
  clients.push(client);
  return client;
}
afterEach(() => clients.splice(0).forEach((c) => c.disconnect()));

describe("realtime for API clients", () => {
  it("tells clients how to connect", async () => {
    const session = await api.signIn(await createUser());
    const response = await session.get("/realtime/config");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ key: process.env.PUSHER_KEY, wsHost: "127.0.0.1", wsPort: Number(process.env.PUSHER_PORT), forceTLS: false });
    expect((await api.call("GET", "/realtime/config")).status).toBe(401);
  });

  it("signs a member's subscription with a bearer token, and events arrive", async () => {
    const user = await createUser();
    const server = await createServer(user);
    const conversationId = server.channels[0]!.conversationId;
    const { tokens } = await api.signIn(user);

    const client = connect(tokens.access);
    const channel = await client.subscribe("conversation", conversationId);
    const received = client.next(channel, "message.deleted");
    await publish("conversation", conversationId, "message.deleted", { conversationId, id: "m1", seq: 3 });
    expect(await received).toEqual({ conversationId, id: "m1", seq: 3 });
  });

  it("applies the web app's rules: participants only, own user channel only, verified email for conversations", async () => {
    const [alice, bob, eve] = await Promise.all([createUser(), createUser(), createUser()]);
    const unverified = await createUser({ verified: false });
    const thread = await createThread([alice, bob]);
    const [aliceApi, eveApi, unverifiedApi] = await Promise.all([api.signIn(alice), api.signIn(eve), api.signIn(unverified)]);

    await expect(connect(eveApi.tokens.access).subscribe("conversation", thread.conversationId)).rejects.toMatchObject({ status: 403 });
    await expect(connect(aliceApi.tokens.access).subscribe("user", bob.id)).rejects.toMatchObject({ status: 403 });
    await expect(connect(unverifiedApi.tokens.access).subscribe("user", unverified.id)).resolves.toBeTruthy();
    await expect(connect(unverifiedApi.tokens.access).subscribe("conversation", thread.conversationId)).rejects.toMatchObject({ status: 403 });

    const presence = await connect(aliceApi.tokens.access).subscribe("presence", thread.conversationId);
    expect((presence as unknown as { members: { me: { info: unknown } } }).members.me.info).toEqual({ username: alice.username, fullName: alice.fullName, image: null });
  });

  it("refuses missing and revoked tokens with 401, and malformed requests with 400", async () => {
    const user = await createUser();
    const session = await api.signIn(user);
    await expect(connect("not-a-token").subscribe("user", user.id)).rejects.toMatchObject({ status: 401 });
    await api.call("POST", "/auth/revoke", { body: { refresh: session.tokens.refresh } });
    await expect(connect(session.tokens.access).subscribe("user", user.id)).rejects.toMatchObject({ status: 401 });

    const fresh = await api.signIn(user);
    const bad = await fresh.post("/realtime/auth", { body: { socket_id: "nope", channel_name: `private-user-${user.id}` } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ socket_id: "Invalid socket id" });
    const json = await fresh.post("/realtime/auth", { body: { socket_id: "123.456", channel_name: `private-user-${user.id}` } });
    expect(json.status).toBe(200);
    expect(json.body.auth).toMatch(new RegExp(`^${process.env.PUSHER_KEY}:`));
  });
});
