import type { ApiUser } from "@/lib/api/bearer";
import { endpoint } from "@/lib/api/endpoint";
import { listUserServers } from "@/lib/navigation/queries";
import { list, meSchema } from "@/lib/zod/api";
import { myServerSchema } from "@/lib/zod/api-communities";

const tag = "Account";

export const getMe = endpoint(
  { id: "getMe", method: "GET", path: "/me", tag, summary: "The signed-in account", auth: "user", response: meSchema },
  async ({ user }) => toMe(user),
);

export const listMyServers = endpoint(
  {
    id: "listMyServers",
    method: "GET",
    path: "/me/servers",
    tag,
    summary: "The servers you belong to, in the order you joined them",
    auth: "user",
    response: list(myServerSchema),
  },
  async ({ user }) => ({ items: await listUserServers(user.id) }),
);

function toMe(user: Omit<ApiUser, "tokenFamilyId" | "status">) {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    fullName: user.fullName,
    image: user.image,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
