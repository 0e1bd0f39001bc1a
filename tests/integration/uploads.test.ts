import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/uploads/[id]/route";
import { removeAvatarAction } from "@/lib/actions/account/remove-avatar";
import { uploadAvatarAction } from "@/lib/actions/account/upload-avatar";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { db } from "@/lib/db";
import { statObject } from "@/lib/files/storage";
import { deleteServer } from "@/lib/servers/delete-server";
import { updateServer } from "@/lib/servers/update-server";
import { moveUploadsToStorage } from "@/lib/uploads/move-to-storage";
import { saveImage } from "@/lib/uploads/save-image";
import { flushAfter } from "../support/after";
import { actor, createServer, createUser } from "../support/factories";

// Avatars and server icons in the object store (s3rver): stored there by their real type, served by
// a redirect to a signed URL, deleted from the store when replaced or when their account or server
// goes; images kept in PostgreSQL before are moved there by moveUploadsToStorage.

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function serve(id: string) {
  return GET(new Request(`http://test/api/uploads/${id}`), { params: Promise.resolve({ id }) });
}
const idOf = (url: string) => url.split("/").pop()!;
const keyOf = async (url: string) => (await db.upload.findUniqueOrThrow({ where: { id: idOf(url) } })).key!;

/** What the route gives a browser: the redirect, then the store's answer to it. */
async function download(id: string) {
  const response = await serve(id);
  expect(response.status).toBe(302);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  const stored = await fetch(response.headers.get("location")!);
  return { redirect: response, stored, bytes: new Uint8Array(await stored.arrayBuffer()) };
}

describe("image uploads", () => {
  it("stores an image in the object store by its real type (nothing in the database) and serves it by a redirect stable for browsers' caches", async () => {
    const user = await createUser();
    const url = await saveImage(user.id, new File([png], "me.jpg", { type: "image/jpeg" }), "avatar");
    const row = await db.upload.findUniqueOrThrow({ where: { id: idOf(url) } });
    expect(row).toMatchObject({ contentType: "image/png", size: png.length, data: null, key: expect.stringMatching(new RegExp(`^images/${user.id}/`)) });
    expect(await statObject(row.key!)).toMatchObject({ size: png.length, contentType: "image/png" });

    const { redirect, stored, bytes } = await download(idOf(url));
    expect(stored.headers.get("content-type")).toBe("image/png"); // the bytes, not the claim
    expect(bytes).toEqual(png);
    // The same URL for the next page in the hour: the browser's cache holds the image.
    expect((await serve(idOf(url))).headers.get("location")).toBe(redirect.headers.get("location"));
  });

  it("refuses non-images (including SVG), empty files and files over 2 MB", async () => {
    const user = await createUser();
    const svg = new File(['<svg onload="alert(1)"/>'], "x.svg", { type: "image/svg+xml" });
    await expect(saveImage(user.id, svg, "avatar")).rejects.toMatchObject({ code: "validation", fields: { avatar: "Use a PNG, JPEG, GIF or WebP image." } });
    await expect(saveImage(user.id, new File([], "e.png"), "avatar")).rejects.toMatchObject({ code: "validation" });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(png);
    await expect(saveImage(user.id, new File([big], "big.png"), "avatar")).rejects.toMatchObject({ code: "too_large" });
    expect(await db.upload.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    expect((await serve("doesnotexist")).status).toBe(404);
    expect((await serve("../../etc/passwd")).status).toBe(404);
  });

  it("deletes the stored object when an avatar is replaced or removed, and with its account", async () => {
    const sam = await actor();
    const form = () => {
      const data = new FormData();
      data.set("avatar", new File([png], "me.png", { type: "image/png" }));
      return data;
    };
    const first = await sam.run(() => uploadAvatarAction(form()));
    const firstKey = await keyOf(first.ok ? first.data.image : "");
    const second = await sam.run(() => uploadAvatarAction(form()));
    const secondKey = await keyOf(second.ok ? second.data.image : "");
    await flushAfter();
    expect(await statObject(firstKey)).toBeNull();
    expect(await statObject(secondKey)).not.toBeNull();
    await sam.run(() => removeAvatarAction({}));
    await flushAfter();
    expect(await statObject(secondKey)).toBeNull();

    const third = await sam.run(() => uploadAvatarAction(form()));
    const thirdKey = await keyOf(third.ok ? third.data.image : "");
    await deleteAccount(sam.user.id);
    await flushAfter();
    expect(await statObject(thirdKey)).toBeNull();
  });

  it("deletes the stored object when a server's icon is replaced, and with the server", async () => {
    const owner = await createUser();
    const server = await createServer(owner);
    const edit = { serverId: server.id, name: server.name, description: "", categoryId: server.categoryId, visibility: "PUBLIC" as const, iconUrl: undefined, removeIcon: false };
    const icon = () => new File([png], "icon.png", { type: "image/png" });
    await updateServer(owner, { ...edit, icon: icon() });
    const firstKey = await keyOf((await db.server.findUniqueOrThrow({ where: { id: server.id } })).icon!);
    await updateServer(owner, { ...edit, icon: icon() });
    const secondKey = await keyOf((await db.server.findUniqueOrThrow({ where: { id: server.id } })).icon!);
    await flushAfter();
    expect(await statObject(firstKey)).toBeNull();
    expect(await statObject(secondKey)).not.toBeNull();
    await deleteServer(owner, { serverId: server.id });
    await flushAfter();
    expect(await statObject(secondKey)).toBeNull();
  });

  it("moves images kept in PostgreSQL before into the store; until then they are served from the database", async () => {
    const user = await createUser();
    const legacy = await db.upload.create({ data: { ownerId: user.id, contentType: "image/png", size: png.length, data: png } });
    const before = await serve(legacy.id);
    expect(before.status).toBe(200);
    expect(new Uint8Array(await before.arrayBuffer())).toEqual(png);

    expect(await moveUploadsToStorage()).toBeGreaterThanOrEqual(1);
    expect(await db.upload.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({ data: null, key: `images/${user.id}/${legacy.id}` });
    const { stored, bytes } = await download(legacy.id);
    expect(stored.headers.get("content-type")).toBe("image/png");
    expect(bytes).toEqual(png);
    await moveUploadsToStorage(); // safe to run again: what moved stays where it is
    expect((await download(legacy.id)).bytes).toEqual(png);
  });
});
