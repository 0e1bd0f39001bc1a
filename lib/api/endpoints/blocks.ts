import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { blockUser, listBlocked, unblockUser } from "@/lib/blocks/blocks";
import { list } from "@/lib/zod/api";
import { blockUserSchema } from "@/lib/zod/blocks";

const tag = "Safety";

const blockedSchema = z
  .object({ id: z.string(), username: z.string(), fullName: z.string(), image: z.string().nullable(), blockedAt: z.string() })
  .meta({ id: "BlockedUser" });

export const listBlocks = endpoint(
  { id: "listBlocks", method: "GET", path: "/me/blocks", tag, summary: "The people you blocked, most recent first", auth: "user", response: list(blockedSchema) },
  async ({ user }) => ({ items: (await listBlocked(user.id)).map(({ blockedAt, ...rest }) => ({ ...rest, blockedAt: blockedAt.toISOString() })) }),
);

export const blockUserEndpoint = endpoint(
  {
    id: "blockUser",
    method: "POST",
    path: "/me/blocks",
    tag,
    summary: "Block someone",
    description:
      "Their messages are collapsed for you, their typing and presence hidden; they can't start a thread with you, add you to one or post in your direct thread. They are not told. Blocking twice is the same as once.",
    auth: "user",
    body: blockUserSchema,
    errors: ["not_found"],
  },
  ({ user, body }) => blockUser(user, body),
);

export const unblockUserEndpoint = endpoint(
  {
    id: "unblockUser",
    method: "DELETE",
    path: "/me/blocks/{userId}",
    tag,
    summary: "Unblock someone (nothing happens when they weren't blocked)",
    auth: "user",
    params: blockUserSchema,
  },
  ({ user, params }) => unblockUser(user, params),
);
