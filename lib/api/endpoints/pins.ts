import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { listPins, MAX_PINS, setPin } from "@/lib/pins/pins";
import { timestamp } from "@/lib/zod/api";
import { apiMessageSchema, conversationParams, messageParams } from "@/lib/zod/api-messaging";

const tag = "Messages";

const pinChangeSchema = z
  .object({ messageId: z.string(), pinned: z.boolean().describe("Whether the message is now pinned.") })
  .meta({ id: "PinChange" });

const pinsSchema = z
  .object({
    pins: z.array(
      z.object({
        message: apiMessageSchema,
        pinnedAt: timestamp,
        pinnedBy: z.object({ id: z.string(), fullName: z.string() }).nullable().describe("Null once their account is deleted."),
      }),
    ),
  })
  .meta({ id: "Pins" });

const who = "In a channel its owner and moderators may pin; in a thread, any participant.";

export const pinMessageEndpoint = endpoint(
  {
    id: "pinMessage",
    method: "PUT",
    path: "/messages/{messageId}/pin",
    tag,
    summary: "Pin a message",
    description: `${who} Pinning a pinned message changes nothing; a deleted message can't be pinned (409), nor a ${MAX_PINS + 1}st in one conversation (409). Everyone subscribed gets \`pins.changed\`.`,
    auth: "verified",
    params: messageParams,
    response: pinChangeSchema,
    errors: ["conflict"],
  },
  ({ user, params }) => setPin(user, { messageId: params.messageId, pinned: true }),
);

export const unpinMessageEndpoint = endpoint(
  {
    id: "unpinMessage",
    method: "DELETE",
    path: "/messages/{messageId}/pin",
    tag,
    summary: "Unpin a message",
    description: `${who} Unpinning a message that isn't pinned changes nothing. Everyone subscribed gets \`pins.changed\`.`,
    auth: "verified",
    params: messageParams,
    response: pinChangeSchema,
  },
  ({ user, params }) => setPin(user, { messageId: params.messageId, pinned: false }),
);

export const listPinsEndpoint = endpoint(
  {
    id: "listPins",
    method: "GET",
    path: "/conversations/{conversationId}/pins",
    tag,
    summary: "A conversation's pinned messages",
    description: `Up to ${MAX_PINS}, the most recently pinned first, each with who pinned it and when (without messages you deleted for yourself). Messages in pages say \`pinned: true\`; after a gap, a catch-up's \`changes.pinsChanged\` says to read this again.`,
    auth: "user",
    params: conversationParams,
    response: pinsSchema,
  },
  async ({ user, params }) => ({ pins: await listPins(user, params) }),
);
