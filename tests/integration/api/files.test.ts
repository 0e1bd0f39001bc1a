import { describe, expect, it } from "vitest";
import { GET as openFile } from "@/app/api/files/[attachmentId]/route";
import { apiClient, dispatch } from "../../support/api";
import { createThread, createUser } from "../../support/factories";
import { apiRealtimeClient } from "../../support/realtime";

// The API's upload flow as a mobile client makes it, against the real local S3 server: ask,
// PUT to the signed URL, complete, send with attachmentIds; subscribers get the files in the
// event; the conversation lists its files; reading one follows our redirect with the bearer token.

const api = apiClient();

describe("files through /api/v1", () => {
  it("request → PUT → complete → send → event, list and download", async () => {
    const [aliceUser, bobUser, eveUser] = await Promise.all([createUser(), createUser(), createUser()]);
    const [alice, bob, eve] = await Promise.all([api.signIn(aliceUser), api.signIn(bobUser), api.signIn(eveUser)]);
    const { conversationId } = await createThread([aliceUser, bobUser]);
    const bytes = new TextEncoder().encode("minutes of the meeting");

    const requested = await alice.post(`/conversations/${conversationId}/uploads`, { body: { name: "minutes.txt", size: bytes.length, contentType: "text/plain" } });
    expect(requested.status).toBe(201);
    const { attachmentId, upload } = requested.body as { attachmentId: string; upload: { url: string; method: string; headers: Record<string, string> } };
    expect((await fetch(upload.url, { method: upload.method, headers: upload.headers, body: bytes })).status).toBe(200);
    const completed = await alice.post(`/uploads/${attachmentId}/complete`, { body: {} });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ id: attachmentId, name: "minutes.txt", kind: "file", size: bytes.length, url: `/api/files/${attachmentId}` });

    const listener = apiRealtimeClient(bob.tokens.access, dispatch);
    try {
      const channel = await listener.subscribe("conversation", conversationId);
      const announced = listener.next<{ message: { attachments?: { id: string }[] } }>(channel, "message.created");
      const sent = await alice.post(`/conversations/${conversationId}/messages`, { body: { clientId: "files-api-1", attachmentIds: [attachmentId] } });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ body: "", attachments: [{ id: attachmentId }] });
      expect((await announced).message.attachments).toEqual(sent.body.attachments);
    } finally {
      listener.disconnect();
    }

    const files = await bob.get(`/conversations/${conversationId}/files`);
    expect(files.status).toBe(200);
    expect(files.body).toMatchObject({ items: [{ id: attachmentId, name: "minutes.txt", seq: 1, authorId: aliceUser.id }], nextCursor: null });
    expect((await eve.get(`/conversations/${conversationId}/files`)).status).toBe(404);

    const read = (token: string) =>
      openFile(new Request(`http://test.local/api/files/${attachmentId}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ attachmentId }) });
    const redirect = await read(bob.tokens.access);
    expect(redirect.status).toBe(302);
    expect(await (await fetch(redirect.headers.get("location")!)).text()).toBe("minutes of the meeting");
    expect((await read(eve.tokens.access)).status).toBe(404);
  });

  it("names the refusals: nothing to send, a file too large, too many files", async () => {
    const aliceUser = await createUser();
    const alice = await api.signIn(aliceUser);
    const { conversationId } = await createThread([aliceUser, await createUser()]);
    const empty = await alice.post(`/conversations/${conversationId}/messages`, { body: { clientId: "files-api-2" } });
    expect(empty).toMatchObject({ status: 400, body: { error: { fields: { body: "Write a message" } } } });
    const big = await alice.post(`/conversations/${conversationId}/uploads`, { body: { name: "a.mp4", size: 26 * 1024 * 1024, contentType: "video/mp4" } });
    expect(big).toMatchObject({ status: 413, body: { error: { code: "too_large", fields: { file: expect.stringMatching(/at most 25 MB/) } } } });
    const many = await alice.post(`/conversations/${conversationId}/messages`, { body: { clientId: "files-api-3", attachmentIds: Array.from({ length: 11 }, (_, i) => `f${i}`) } });
    expect(many).toMatchObject({ status: 400, body: { error: { fields: { attachmentIds: "At most 10 files per message" } } } });
  });
});
