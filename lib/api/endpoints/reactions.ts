import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { setReaction, whoReacted } from "@/lib/reactions/reactions";
import { messageParams } from "@/lib/zod/api-messaging";
import { emoji } from "@/lib/zod/reactions";

const tag = "Messages";

const reactionChangeSchema = z
  .object({
    messageId: z.string(),
    emoji: z.string(),
    reacted: z.boolean().describe("Whether you now have this reaction on the message."),
    count: z.number().int().describe("How many people now have this reaction on the message."),
  })
  .meta({ id: "ReactionChange" });

const reactorsSchema = z
  .object({
    reactions: z.array(
      z.object({
        emoji: z.string(),
        count: z.number().int(),
        people: z.array(z.object({ id: z.string(), fullName: z.string() })).describe("The first 50, in the order they reacted."),
      }),
    ),
  })
  .meta({ id: "Reactors" });

const errors = ["conflict", "rate_limited"] as const;

export const addReactionEndpoint = endpoint(
  {
    id: "addReaction",
    method: "PUT",
    path: "/messages/{messageId}/reactions",
    tag,
    summary: "React to a message",
    description:
      "Adds your `emoji` (one emoji) to a message of a conversation you may post in; adding it again changes nothing. A message holds at most 20 different emoji (409 for a 21st; anyone may add one already there), and a deleted one none (409). About one a second at most: past 60 a minute, 429. Everyone subscribed gets `reaction.changed`.",
    auth: "verified",
    params: messageParams,
    body: z.object({ emoji }),
    response: reactionChangeSchema,
    errors: [...errors],
  },
  ({ user, params, body }) => setReaction(user, { messageId: params.messageId, emoji: body.emoji, reacted: true }),
);

export const removeReactionEndpoint = endpoint(
  {
    id: "removeReaction",
    method: "DELETE",
    path: "/messages/{messageId}/reactions",
    tag,
    summary: "Take back your reaction",
    description: "Removes your `emoji` (query parameter, URL-encoded) from the message; removing one you don't have changes nothing. Everyone subscribed gets `reaction.changed`.",
    auth: "verified",
    params: messageParams,
    query: z.object({ emoji }),
    response: reactionChangeSchema,
    errors: [...errors],
  },
  ({ user, params, query }) => setReaction(user, { messageId: params.messageId, emoji: query.emoji, reacted: false }),
);

export const listReactionsEndpoint = endpoint(
  {
    id: "listReactions",
    method: "GET",
    path: "/messages/{messageId}/reactions",
    tag,
    summary: "Who reacted to a message",
    description: "Each emoji on the message, in the order first used, with its count and the people who reacted with it. Messages in pages carry only the counts (and whether you reacted).",
    auth: "user",
    params: messageParams,
    response: reactorsSchema,
  },
  async ({ user, params }) => ({ reactions: await whoReacted(user, params) }),
);
