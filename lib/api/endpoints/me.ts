import type { ApiUser } from "@/lib/api/bearer";
import { endpoint } from "@/lib/api/endpoint";
import { meSchema } from "@/lib/zod/api";

const tag = "Account";

export const getMe = endpoint(
  { id: "getMe", method: "GET", path: "/me", tag, summary: "The signed-in account", auth: "user", response: meSchema },
  async ({ user }) => toMe(user),
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
