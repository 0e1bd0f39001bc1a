import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/uploads/[id]/route";
import { saveImage } from "@/lib/uploads/save-image";
import { createUser } from "../support/factories";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function serve(id: string) {
  return GET(new Request(`http://test/api/uploads/${id}`), { params: Promise.resolve({ id }) });
}

describe("image uploads", () => {
  it("stores an image by its real type and serves it back with safe headers", async () => {
    const user = await createUser();
    const url = await saveImage(user.id, new File([png], "me.jpg", { type: "image/jpeg" }), "avatar");
    const response = await serve(url.split("/").pop()!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png"); // the bytes, not the claim
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it("refuses non-images (including SVG), empty files and files over 2 MB", async () => {
    const user = await createUser();
    const svg = new File(['<svg onload="alert(1)"/>'], "x.svg", { type: "image/svg+xml" });
    await expect(saveImage(user.id, svg, "avatar")).rejects.toMatchObject({ code: "validation", fields: { avatar: "Use a PNG, JPEG, GIF or WebP image." } });
    await expect(saveImage(user.id, new File([], "e.png"), "avatar")).rejects.toMatchObject({ code: "validation" });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(png);
    await expect(saveImage(user.id, new File([big], "big.png"), "avatar")).rejects.toMatchObject({ code: "too_large" });
  });

  it("answers 404 for unknown and malformed ids", async () => {
    expect((await serve("doesnotexist")).status).toBe(404);
    expect((await serve("../../etc/passwd")).status).toBe(404);
  });
});
