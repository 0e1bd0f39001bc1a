import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as previewImage } from "@/app/api/link-previews/[previewId]/image/route";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { removeLinkPreviewAction } from "@/lib/actions/messages/remove-link-preview";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { setLinkPreviewsAction } from "@/lib/actions/servers/set-link-previews";
import { db } from "@/lib/db";
import { readObject } from "@/lib/files/storage";
import { previewAllowList } from "@/lib/links/allow-list";
import { previewFor } from "@/lib/links/fetch-preview";
import { newClientId } from "@/lib/messages/client/sync";
import { flushAfter, holdAfter } from "../support/after";
import { actor, addMember, createServer, createThread, type Actor } from "../support/factories";
import { chatClient, eventually, fetchMessages } from "../support/messaging";
import { runInRequest } from "../support/request-context";

// Link previews for real: a local site with Open Graph tags (tests/support/link-site.ts, reached
// through the test allowlist), the real fetcher, sharp, the object store, Postgres and Soketi.
// Tasks after the response are held here, so each test sees what the send did before them.

holdAfter();
const site = () => process.env.LINK_SITE_URL!;
const hits = async (path: string) => Number(await (await fetch(`${site()}/__hits?path=${encodeURIComponent(path)}`)).text());

const clients: ReturnType<typeof chatClient>[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.stop()));

async function send(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const previewOf = async (messageId: string) => (await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { linkPreview: true } })).linkPreview;

let alice: Actor;
let bob: Actor;
let channel: { conversationId: string; serverId: string };
beforeAll(async () => {
  [alice, bob] = await Promise.all([actor({ fullName: "Alice Links" }), actor({ fullName: "Bob Links" })]);
  const server = await createServer(alice.user);
  await addMember(server, bob.user);
  channel = { conversationId: server.channels[0]!.conversationId, serverId: server.id };
});

describe("link previews", () => {
  it("come after the send, from the page's og: tags, with the image stored as a small WebP without metadata, live and in the catch-up", async () => {
    const watcher = chatClient(bob, channel.conversationId);
    clients.push(watcher);
    await watcher.start();
    const since = new Date().toISOString();
    const sent = await send(alice, channel.conversationId, `look: \`${site()}/article-code\` and ${site()}/article-a, then ${site()}/plain`);
    // The answer went before any fetch: no card in it, the site not asked yet.
    expect(sent.linkPreview).toBeUndefined();
    expect(await hits("/article-a")).toBe(0);

    await flushAfter();
    expect(await hits("/article-code")).toBe(0); // the first link *shown as a link*, not one in code
    expect(await hits("/article-a")).toBe(1);
    const stored = await previewOf(sent.id);
    expect(stored).toMatchObject({ url: `${site()}/article-a`, siteName: "Link Site", title: "Article a: Tom & Jerry", description: "A cat & a mouse, <script>alert(1)</script>" });
    const image = await readObject(stored!.imageKey!, 5 * 1024 * 1024);
    const meta = await sharp(image!).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 600, height: 315 });
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(image!).includes("link-site-secret-exif")).toBe(false);

    const expected = {
      url: `${site()}/article-a`,
      siteName: "Link Site",
      title: "Article a: Tom & Jerry",
      description: "A cat & a mouse, <script>alert(1)</script>",
      image: { url: `/api/link-previews/${stored!.id}/image`, width: 600, height: 315 },
    };
    await eventually(() => expect(watcher.sync.state.messages.find((m) => m.id === sent.id)?.linkPreview).toEqual(expected));
    // A client that had the message before its card came finds the card in its next catch-up.
    const newest = await fetchMessages(bob, channel.conversationId);
    expect(newest.body.messages.find((m) => m.id === sent.id)?.linkPreview).toEqual(expected);
    const catchUp = await fetchMessages(bob, channel.conversationId, { after: sent.seq, changedSince: since });
    expect(catchUp.body.changes?.linkPreviews).toContainEqual({ messageId: sent.id, linkPreview: expected });

    // The image: our route for anyone signed in, redirecting to the store; nobody signed out.
    const params = { params: Promise.resolve({ previewId: stored!.id }) };
    const redirect = await bob.run(() => previewImage(new Request(`http://test/api/link-previews/${stored!.id}/image`), params));
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location")!;
    expect(location).toContain(stored!.imageKey!);
    const fromStore = await fetch(location);
    expect(fromStore.headers.get("content-type")).toBe("image/webp");
    const anonymous = await runInRequest({ headers: new Headers() }, () => previewImage(new Request(`http://test/api/link-previews/${stored!.id}/image`), params));
    expect(anonymous.status).toBe(401);
  });

  it("are cached per URL: the same link again is not fetched again", async () => {
    const first = await send(alice, channel.conversationId, `${site()}/article-cached`);
    await flushAfter();
    const second = await send(bob, channel.conversationId, `again ${site()}/article-cached`);
    await flushAfter();
    expect(await hits("/article-cached")).toBe(1);
    expect((await previewOf(second.id))?.id).toBe((await previewOf(first.id))?.id);
  });

  it("its author removes for good (live), nobody else may; removed before the fetch ends, it never comes", async () => {
    const watcher = chatClient(bob, channel.conversationId);
    clients.push(watcher);
    await watcher.start();
    const sent = await send(alice, channel.conversationId, `${site()}/article-removed`);
    await flushAfter();
    await eventually(() => expect(watcher.sync.state.messages.find((m) => m.id === sent.id)?.linkPreview).toBeDefined());

    const refused = await bob.run(() => removeLinkPreviewAction({ messageId: sent.id }));
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await previewOf(sent.id)).not.toBeNull();

    expect(await alice.run(() => removeLinkPreviewAction({ messageId: sent.id }))).toMatchObject({ ok: true });
    await flushAfter();
    expect(await previewOf(sent.id)).toBeNull();
    await eventually(() => expect(watcher.sync.state.messages.find((m) => m.id === sent.id)?.linkPreview).toBeUndefined());
    // An edit keeping the link does not bring it back.
    expect(await alice.run(() => editMessageAction({ messageId: sent.id, body: `${site()}/article-removed !` }))).toMatchObject({ ok: true });
    await flushAfter();
    expect(await previewOf(sent.id)).toBeNull();

    const early = await send(alice, channel.conversationId, `${site()}/article-early`);
    expect(await alice.run(() => removeLinkPreviewAction({ messageId: early.id }))).toMatchObject({ ok: true });
    await flushAfter();
    expect(await previewOf(early.id)).toBeNull();
  });

  it("follow an edit that changes the first link", async () => {
    const sent = await send(alice, channel.conversationId, `${site()}/article-before`);
    await flushAfter();
    expect((await previewOf(sent.id))?.title).toBe("Article before: Tom & Jerry");
    const edited = await alice.run(() => editMessageAction({ messageId: sent.id, body: `no, ${site()}/article-after` }));
    expect(edited.ok && edited.data.linkPreview).toBeFalsy();
    await flushAfter();
    expect((await previewOf(sent.id))?.title).toBe("Article after: Tom & Jerry");
  });

  it("are off in a server whose owner turned them off (only the owner may), and on in direct threads", async () => {
    expect(await bob.run(() => setLinkPreviewsAction({ serverId: channel.serverId, enabled: false }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await alice.run(() => setLinkPreviewsAction({ serverId: channel.serverId, enabled: false }))).toMatchObject({ ok: true, data: { linkPreviews: false } });
    const quiet = await send(alice, channel.conversationId, `${site()}/article-off`);
    await flushAfter();
    expect(await hits("/article-off")).toBe(0);
    expect(await previewOf(quiet.id)).toBeNull();
    await alice.run(() => setLinkPreviewsAction({ serverId: channel.serverId, enabled: true }));

    const thread = await createThread([alice.user, bob.user]);
    const direct = await send(bob, thread.conversationId, `${site()}/article-direct`);
    await flushAfter();
    expect((await previewOf(direct.id))?.title).toBe("Article direct: Tom & Jerry");
  });

  it("never reach private addresses outside the test allowlist, which a deployed production server ignores", async () => {
    expect(previewAllowList({ NODE_ENV: "production", APP_URL: "https://chat.example.com", LINK_PREVIEW_TEST_ALLOW: "127.0.0.1:8080" })).toEqual([]);
    expect(previewAllowList({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:4000", LINK_PREVIEW_TEST_ALLOW: "127.0.0.1:8080" })).toEqual(["127.0.0.1:8080"]);
    expect(previewAllowList({ NODE_ENV: "production", APP_URL: "https://chat.example.com", LINK_PREVIEW_TEST_ALLOW: undefined })).toEqual([]);

    // The same local site, without the allowlist (as in production): refused, nothing asked.
    expect(await previewFor(`${site()}/article-private`, { allow: [] })).toBeNull();
    for (const url of ["http://127.0.0.1:9/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://192.168.1.1/"]) {
      expect(await previewFor(url, { allow: [] })).toBeNull();
    }
    expect(await hits("/article-private")).toBe(0);
    expect(await db.linkPreview.count({ where: { url: { contains: "article-private" } } })).toBe(0);
  });
});
