import { describe, expect, it } from "vitest";
import { listUsers } from "@/lib/admin/users/queries";
import { exploreServers } from "@/lib/servers/explore";
import { userListParams } from "@/lib/zod/admin";
import { exploreQuerySchema } from "@/lib/zod/explore";
import { createUser } from "../support/factories";

// Search boxes read from the URL never refuse what they get: a NUL character (which PostgreSQL
// text can't hold) is dropped instead of failing the page.
describe("search text from the URL", () => {
  it("drops NUL characters before querying", async () => {
    const user = await createUser();
    expect(exploreQuerySchema.parse({ q: "spe\u0000ed" }).q).toBe("speed");
    await expect(exploreServers(user.id, exploreQuerySchema.parse({ q: "a\u0000b" }))).resolves.toBeDefined();
    await expect(listUsers(userListParams.parse({ q: `${user.username}\u0000` }))).resolves.toMatchObject({ total: 1 });
  });
});
