import { describe, expect, it } from "vitest";
import { storageOrigin } from "@/lib/files/origin";
import { contentDisposition, deleteObjects, presignDownload, presignUpload, putObject, readObject, statObject } from "@/lib/files/storage";

// lib/files/storage against the real local S3 server the test run started (s3rver): presigned
// uploads and downloads over plain HTTP, as a browser makes them, and the app's own reads.

const key = (name: string) => `test/${crypto.randomUUID()}/${name}`;

describe("object storage", () => {
  it("a presigned PUT stores the bytes, HEAD reports them, a presigned GET reads them back", async () => {
    const k = key("hello.txt");
    const body = new TextEncoder().encode("hello, object storage");
    const upload = await presignUpload(k, { contentType: "text/plain", size: body.length });
    expect(upload.method).toBe("PUT");
    expect(new URL(upload.url).origin).toBe(storageOrigin());
    // No checksum of an empty body baked into the URL (real S3 would refuse every browser upload).
    expect(upload.url).not.toMatch(/x-amz-checksum|x-amz-sdk-checksum-algorithm/i);
    expect(new URL(upload.url).searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;content-type;host");

    const put = await fetch(upload.url, { method: "PUT", headers: upload.headers, body });
    expect(put.status).toBe(200);
    expect(await statObject(k)).toMatchObject({ size: body.length, contentType: "text/plain" });
    expect(new TextDecoder().decode((await readObject(k, 5))!)).toBe("hello");

    const url = await presignDownload(k, { contentType: "text/plain; charset=utf-8", filename: "hello.txt", inline: false });
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-disposition")).toBe(`attachment; filename="hello.txt"; filename*=UTF-8''hello.txt`);
    expect(got.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await got.text()).toBe("hello, object storage");

    await deleteObjects([k]);
    expect(await statObject(k)).toBeNull();
    expect(await readObject(k, 10)).toBeNull();
  });

  it("a download URL stops working when it expires", async () => {
    const k = key("soon.bin");
    await putObject(k, Uint8Array.from([1, 2, 3]), "application/octet-stream");
    const url = await presignDownload(k, { contentType: "application/octet-stream", filename: "soon.bin", inline: false, expiresInSeconds: 1 });
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await fetch(url)).status).toBe(403);
    await deleteObjects([k]);
  });

  it("browsers at another origin may PUT (the bucket's CORS rule)", async () => {
    const k = key("cors.bin");
    const upload = await presignUpload(k, { contentType: "image/png", size: 3 });
    const preflight = await fetch(upload.url, {
      method: "OPTIONS",
      headers: { Origin: "http://127.0.0.1:3999", "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type" },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
  });

  it("names files safely in Content-Disposition, whatever they are called", () => {
    expect(contentDisposition('a "quoted"; name%.pdf', true)).toBe(`inline; filename="a _quoted__ name_.pdf"; filename*=UTF-8''a%20%22quoted%22%3B%20name%25.pdf`);
    expect(contentDisposition("Résumé\r\n.txt", false)).toBe(`attachment; filename="R_sum___.txt"; filename*=UTF-8''R%C3%A9sum%C3%A9%0D%0A.txt`);
  });

  it("deleting nothing, or something already gone, is not an error", async () => {
    await deleteObjects([]);
    await deleteObjects([key("never-there")]);
  });
});
