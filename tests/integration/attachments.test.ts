import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { GET as sweep } from "@/app/api/cron/sweep-uploads/route";
import { GET as file } from "@/app/api/files/[attachmentId]/route";
import { completeUploadAction } from "@/lib/actions/files/complete-upload";
import { discardUploadAction } from "@/lib/actions/files/discard-upload";
import { requestUploadAction } from "@/lib/actions/files/request-upload";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { db } from "@/lib/db";
import { statObject } from "@/lib/files/storage";
import { leaveServer } from "@/lib/members/leave-server";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { newClientId } from "@/lib/messages/client/sync";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { flushAfter } from "../support/after";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { fetchMessages } from "../support/messaging";

// Attachments end to end against the real local S3 server (s3rver): the browser's steps (ask for
// an upload, PUT the bytes to the signed URL, complete, send) through the real server actions,
// reading through /api/files, and the app's own checks — s3rver enforces no size or type, so every
// refusal here is the app's.

async function photo(width = 640, height = 480) {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 20 } } }).jpeg().withMetadata({ exif: { IFD0: { Copyright: "secret-camera-owner" } } }).toBuffer());
}

async function upload(who: Actor, conversationId: string, bytes: Uint8Array, name: string, contentType: string, declaredSize = bytes.length) {
  const requested = await who.run(() => requestUploadAction({ conversationId, name, size: declaredSize, contentType }));
  if (!requested.ok) return requested;
  const { attachmentId, upload } = requested.data;
  const put = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: bytes as BodyInit });
  expect(put.status).toBe(200);
  return who.run(() => completeUploadAction({ attachmentId }));
}

async function uploaded(who: Actor, conversationId: string, bytes: Uint8Array, name: string, contentType: string) {
  const result = await upload(who, conversationId, bytes, name, contentType);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: string };
}

async function send(who: Actor, conversationId: string, body: string, attachmentIds: string[]) {
  return who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body, attachmentIds }));
}

async function sent(who: Actor, conversationId: string, body: string, attachmentIds: string[]): Promise<MessagePayload> {
  const result = await send(who, conversationId, body, attachmentIds);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

function open(who: Actor, attachmentId: string, variant?: string) {
  const url = `http://test/api/files/${attachmentId}${variant ? `?variant=${variant}` : ""}`;
  return who.run(() => file(new Request(url), { params: Promise.resolve({ attachmentId }) }));
}

async function privateChannel() {
  const owner = await actor();
  const member = await actor();
  const server = await createServer(owner.user, { visibility: "PRIVATE", members: [[member.user, "MEMBER"]] });
  return { owner, member, server, conversationId: server.channels[0]!.conversationId };
}

describe("attachments", () => {
  it("an image goes browser → store → message: thumbnail without metadata, dimensions, readable by members through a signed redirect", async () => {
    const { owner, member, conversationId } = await privateChannel();
    const bytes = await photo(640, 480);
    const image = await uploaded(owner, conversationId, bytes, "holiday.jpg", "image/jpeg");
    const message = await sent(owner, conversationId, "look", [image.id]);
    expect(message.attachments).toEqual([
      expect.objectContaining({ id: image.id, name: "holiday.jpg", kind: "image", contentType: "image/jpeg", width: 640, height: 480, url: `/api/files/${image.id}` }),
    ]);

    const response = await open(member, image.id);
    expect(response.status).toBe(302);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const original = await fetch(response.headers.get("location")!);
    expect(original.headers.get("content-type")).toBe("image/jpeg");
    expect(original.headers.get("content-disposition")).toMatch(/^inline; filename="holiday.jpg"/);
    // The original as stored: the same picture, without the EXIF it was uploaded with.
    const stored = Buffer.from(await original.arrayBuffer());
    expect(Buffer.from(bytes).includes("secret-camera-owner")).toBe(true);
    expect(stored.includes("secret-camera-owner")).toBe(false);
    const storedMeta = await sharp(stored).metadata();
    expect(storedMeta).toMatchObject({ format: "jpeg", width: 640, height: 480 });
    expect(storedMeta.exif).toBeUndefined();
    expect(message.attachments![0]!.size).toBe(stored.length);

    const thumb = await fetch((await open(member, image.id, "thumbnail")).headers.get("location")!);
    const thumbBytes = Buffer.from(await thumb.arrayBuffer());
    const meta = await sharp(thumbBytes).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 480, height: 360 });
    expect(meta.exif).toBeUndefined();
    expect(thumbBytes.includes("secret-camera-owner")).toBe(false);

    // The history (catch-up) carries the same attachments.
    const page = (await fetchMessages(member, conversationId)).body;
    expect(page.messages.at(-1)!.attachments).toEqual(message.attachments);
  });

  it("a file of files only (no caption), several in the order given; other files download and never render", async () => {
    const alice = await actor();
    const bob = await actor();
    const { conversationId } = await createThread([alice.user, bob.user]);
    const notes = await uploaded(alice, conversationId, new TextEncoder().encode("<script>alert(1)</script>"), "notes.txt", "text/plain");
    const pdf = await uploaded(alice, conversationId, new TextEncoder().encode("%PDF-1.4 fake"), "report.pdf", "application/pdf");
    const message = await sent(alice, conversationId, "", [pdf.id, notes.id]);
    expect(message.body).toBe("");
    expect(message.attachments!.map((a) => a.name)).toEqual(["report.pdf", "notes.txt"]);
    const download = await fetch((await open(bob, notes.id)).headers.get("location")!);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; /);
  });

  it("refuses, with a field error, what the store would have taken: too large, not what it claims, not the size announced", async () => {
    const { owner, conversationId } = await privateChannel();
    const tooBig = await owner.run(() => requestUploadAction({ conversationId, name: "big.zip", size: 25 * 1024 * 1024 + 1, contentType: "application/zip" }));
    expect(tooBig).toMatchObject({ ok: false, error: { code: "too_large", fields: { file: expect.stringContaining("25 MB") } } });

    const wrongType = await owner.run(() => requestUploadAction({ conversationId, name: "run.exe", size: 10, contentType: "application/x-msdownload" }));
    expect(wrongType).toMatchObject({ ok: false, error: { code: "validation", fields: { contentType: "This kind of file can't be attached" } } });

    // An "image" that is text: the bytes decide, and the object is deleted.
    const fake = await owner.run(() => requestUploadAction({ conversationId, name: "cat.png", size: 11, contentType: "image/png" }));
    if (!fake.ok) throw new Error(fake.error.message);
    await fetch(fake.data.upload.url, { method: "PUT", headers: fake.data.upload.headers, body: "<svg></svg>" });
    const faked = await owner.run(() => completeUploadAction({ attachmentId: fake.data.attachmentId }));
    expect(faked).toMatchObject({ ok: false, error: { code: "validation", fields: { file: "This file isn't really a PNG image." } } });
    const row = await db.attachment.findUnique({ where: { id: fake.data.attachmentId } });
    expect(row).toBeNull();

    // Announced 10 bytes, sent 2 MB (s3rver takes it; real S3 would refuse the signature).
    const sneaky = await owner.run(() => requestUploadAction({ conversationId, name: "a.txt", size: 10, contentType: "text/plain" }));
    if (!sneaky.ok) throw new Error(sneaky.error.message);
    await fetch(sneaky.data.upload.url, { method: "PUT", headers: sneaky.data.upload.headers, body: new Uint8Array(2 * 1024 * 1024) });
    const sneaked = await owner.run(() => completeUploadAction({ attachmentId: sneaky.data.attachmentId }));
    expect(sneaked).toMatchObject({ ok: false, error: { code: "validation", fields: { file: expect.stringContaining("isn't the size announced") } } });
    expect(await statObject(`attachments/${owner.user.id}/${sneaky.data.attachmentId}`)).toBeNull();

    // Not uploaded at all.
    const missing = await owner.run(() => requestUploadAction({ conversationId, name: "b.txt", size: 3, contentType: "text/plain" }));
    if (!missing.ok) throw new Error(missing.error.message);
    expect(await owner.run(() => completeUploadAction({ attachmentId: missing.data.attachmentId }))).toMatchObject({ ok: false, error: { fields: { file: "The file hasn't arrived. Upload it again." } } });
  });

  it("a message is never sent half-attached: someone else's, unfinished, already sent or replaced uploads refuse the whole send", async () => {
    const { owner, member, conversationId } = await privateChannel();
    const mine = await uploaded(owner, conversationId, new TextEncoder().encode("one"), "one.txt", "text/plain");
    const theirs = await uploaded(member, conversationId, new TextEncoder().encode("two"), "two.txt", "text/plain");
    expect(await send(owner, conversationId, "x", [mine.id, theirs.id])).toMatchObject({ ok: false, error: { code: "validation" } });

    const unfinished = await owner.run(() => requestUploadAction({ conversationId, name: "c.txt", size: 3, contentType: "text/plain" }));
    if (!unfinished.ok) throw new Error(unfinished.error.message);
    expect(await send(owner, conversationId, "x", [mine.id, unfinished.data.attachmentId])).toMatchObject({ ok: false, error: { message: '"c.txt" hasn\'t finished uploading.' } });

    // Replaced after it was checked (the signed URL is still valid): the send notices.
    const swapped = await owner.run(() => requestUploadAction({ conversationId, name: "d.txt", size: 3, contentType: "text/plain" }));
    if (!swapped.ok) throw new Error(swapped.error.message);
    await fetch(swapped.data.upload.url, { method: "PUT", headers: swapped.data.upload.headers, body: "abc" });
    expect((await owner.run(() => completeUploadAction({ attachmentId: swapped.data.attachmentId }))).ok).toBe(true);
    await fetch(swapped.data.upload.url, { method: "PUT", headers: swapped.data.upload.headers, body: "xyz" });
    expect(await send(owner, conversationId, "x", [mine.id, swapped.data.attachmentId])).toMatchObject({ ok: false, error: { message: expect.stringContaining("changed after it was uploaded") } });

    expect(await db.message.count({ where: { conversationId } })).toBe(0);
    await sent(owner, conversationId, "ok", [mine.id]);
    expect(await send(owner, conversationId, "again", [mine.id])).toMatchObject({ ok: false, error: { code: "validation" } });
    // Uploads are for the conversation they were asked for.
    const elsewhere = await createThread([owner.user, member.user]);
    const other = await uploaded(owner, elsewhere.conversationId, new TextEncoder().encode("e"), "e.txt", "text/plain");
    expect(await send(owner, conversationId, "x", [other.id])).toMatchObject({ ok: false });
  });

  it("only people who can read the conversation now can open a file: not outsiders, not after leaving, not after delete for me", async () => {
    const { owner, member, server, conversationId } = await privateChannel();
    const outsider = await actor();
    const doc = await uploaded(owner, conversationId, new TextEncoder().encode("secret"), "plan.txt", "text/plain");
    // Before it is sent, only its uploader.
    expect((await open(member, doc.id)).status).toBe(404);
    expect((await open(owner, doc.id)).status).toBe(302);
    const message = await sent(owner, conversationId, "plan", [doc.id]);

    expect((await open(member, doc.id)).status).toBe(302);
    expect((await open(outsider, doc.id)).status).toBe(404);
    const anonymous = await file(new Request(`http://test/api/files/${doc.id}`), { params: Promise.resolve({ attachmentId: doc.id }) });
    expect(anonymous.status).toBe(401);
    expect((await open(member, "../../etc/passwd")).status).toBe(404);

    await member.run(() => hideMessageAction({ messageId: message.id }));
    expect((await open(member, doc.id)).status).toBe(404);
    expect((await open(owner, doc.id)).status).toBe(302);

    const third = await actor();
    await db.serverMember.create({ data: { serverId: server.id, userId: third.user.id } });
    expect((await open(third, doc.id)).status).toBe(302);
    await leaveServer({ ...third.user }, { serverId: server.id });
    expect((await open(third, doc.id)).status).toBe(404);
  });

  it("delete for everyone removes the files from the store", async () => {
    const { owner, member, conversationId } = await privateChannel();
    const image = await uploaded(owner, conversationId, await photo(100, 100), "p.jpg", "image/jpeg");
    const message = await sent(owner, conversationId, "", [image.id]);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: image.id } });
    expect(await statObject(row.thumbKey!)).not.toBeNull();
    expect((await owner.run(() => deleteMessageAction({ messageId: message.id }))).ok).toBe(true);
    await flushAfter();
    expect(await statObject(row.key)).toBeNull();
    expect(await statObject(row.thumbKey!)).toBeNull();
    expect((await open(member, image.id)).status).toBe(404);
    const page = (await fetchMessages(member, conversationId)).body;
    expect(page.messages.at(-1)).toMatchObject({ deletedAt: expect.any(String), body: "" });
    expect(page.messages.at(-1)!.attachments).toBeUndefined();
  });

  it("uploads never sent are swept after a day by the scheduled route, objects first; sent and recent ones stay", async () => {
    const { owner, conversationId } = await privateChannel();
    const old = await uploaded(owner, conversationId, new TextEncoder().encode("old"), "old.txt", "text/plain");
    const recent = await uploaded(owner, conversationId, new TextEncoder().encode("new"), "new.txt", "text/plain");
    const kept = await uploaded(owner, conversationId, new TextEncoder().encode("kept"), "kept.txt", "text/plain");
    await sent(owner, conversationId, "", [kept.id]);
    await db.attachment.updateMany({ where: { id: { in: [old.id, kept.id] } }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });

    expect((await sweep(new Request("http://test/api/cron/sweep-uploads", { headers: { authorization: "Bearer wrong-secret-0123456789" } }))).status).toBe(401);
    const response = await sweep(new Request("http://test/api/cron/sweep-uploads", { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }));
    expect(response.status).toBe(200);
    expect((await response.json()).deleted).toBeGreaterThanOrEqual(1);
    expect(await db.attachment.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await statObject(`attachments/${owner.user.id}/${old.id}`)).toBeNull();
    expect(await db.attachment.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await statObject(`attachments/${owner.user.id}/${kept.id}`)).not.toBeNull();
  });

  it("a per-person storage quota counts every file they keep", async () => {
    const { owner, conversationId } = await privateChannel();
    await db.attachment.create({ data: { key: `quota-test/${owner.user.id}`, uploaderId: owner.user.id, conversationId, name: "big.zip", contentType: "application/zip", size: 1024 ** 3 - 100 } });
    const refused = await owner.run(() => requestUploadAction({ conversationId, name: "one-more.txt", size: 200, contentType: "text/plain" }));
    expect(refused).toMatchObject({ ok: false, error: { code: "too_large", fields: { file: expect.stringContaining("of your 1 GB for files") } } });
    expect((await owner.run(() => requestUploadAction({ conversationId, name: "fits.txt", size: 50, contentType: "text/plain" }))).ok).toBe(true);
  });

  it("deleting an account deletes the files they attached; deleting a server queues its files, swept by the scheduled route", async () => {
    const { owner, member, server, conversationId } = await privateChannel();
    const theirs = await uploaded(member, conversationId, new TextEncoder().encode("bye"), "bye.txt", "text/plain");
    const message = await sent(member, conversationId, "leaving", [theirs.id]);
    await deleteAccount(member.user.id);
    await flushAfter();
    expect(await statObject(`attachments/${member.user.id}/${theirs.id}`)).toBeNull();
    const page = (await fetchMessages(owner, conversationId)).body;
    expect(page.messages.find((m) => m.id === message.id)).toMatchObject({ author: null, body: "leaving" });
    expect(page.messages.find((m) => m.id === message.id)!.attachments).toBeUndefined();

    const mine = await uploaded(owner, conversationId, await photo(50, 50), "p.jpg", "image/jpeg");
    await sent(owner, conversationId, "", [mine.id]);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: mine.id } });
    await db.conversation.deleteMany({ where: { channel: { serverId: server.id } } });
    expect(await db.storageGarbage.count({ where: { key: { in: [row.key, row.thumbKey!] } } })).toBe(2);
    await sweep(new Request("http://test/api/cron/sweep-uploads", { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }));
    expect(await statObject(row.key)).toBeNull();
    expect(await statObject(row.thumbKey!)).toBeNull();
    expect(await db.storageGarbage.count({ where: { key: { in: [row.key, row.thumbKey!] } } })).toBe(0);
  });

  it("an unsent upload can be discarded by its uploader only", async () => {
    const { owner, member, conversationId } = await privateChannel();
    const doc = await uploaded(owner, conversationId, new TextEncoder().encode("x"), "x.txt", "text/plain");
    expect(await member.run(() => discardUploadAction({ attachmentId: doc.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await owner.run(() => discardUploadAction({ attachmentId: doc.id }))).ok).toBe(true);
    expect(await statObject(`attachments/${owner.user.id}/${doc.id}`)).toBeNull();
  });
});
