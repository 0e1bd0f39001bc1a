import "server-only";
import { removeAvatar, setAvatarFromUrl, updateProfile } from "@/lib/accounts/profile";
import type { ApiUser } from "@/lib/api/bearer";
import { endpoint } from "@/lib/api/endpoint";
import { userFields } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recordHeartbeat } from "@/lib/messages/heartbeat";
import { HEARTBEAT_INTERVAL_MS } from "@/lib/messages/presence";
import { listUserServers } from "@/lib/navigation/queries";
import { list, meSchema, updateMeSchema } from "@/lib/zod/api";
import { myServerSchema } from "@/lib/zod/api-communities";

const tag = "Account";

export const getMe = endpoint(
  { id: "getMe", method: "GET", path: "/me", tag, summary: "The signed-in account", auth: "user", response: meSchema },
  async ({ user }) => toMe(user),
);

export const updateMe = endpoint(
  {
    id: "updateMe",
    method: "PATCH",
    path: "/me",
    tag,
    summary: "Change your name, username or avatar",
    description: "Send only what changes. Usernames are unique (409 when taken). Email, password and account deletion stay in the web app's settings, which ask for your password.",
    auth: "user",
    body: updateMeSchema,
    response: meSchema,
    errors: ["conflict"],
  },
  async ({ user, body }) => {
    if (body.fullName !== undefined || body.username !== undefined) {
      await updateProfile(user, { fullName: body.fullName ?? user.fullName, username: body.username ?? user.username });
    }
    if (body.image === null) await removeAvatar(user);
    else if (body.image !== undefined) await setAvatarFromUrl(user, body.image);
    return toMe(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: userFields }));
  },
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

export const heartbeat = endpoint(
  {
    id: "heartbeat",
    method: "POST",
    path: "/me/heartbeat",
    tag,
    summary: "Say your app is open (shown as online)",
    description: `Call about every ${HEARTBEAT_INTERVAL_MS / 1000} seconds while your app is in use: people count as online for two minutes after their last heartbeat.`,
    auth: "user",
  },
  ({ user }) => recordHeartbeat(user),
);

function toMe(user: Omit<ApiUser, "tokenFamilyId">) {
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
