import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { setSlowMode } from "@/lib/moderation/slow-mode";
import { timeOutMember } from "@/lib/moderation/time-out-member";
import { memberTargetSchema } from "@/lib/zod/members";
import { setSlowModeSchema, timeOutMemberSchema } from "@/lib/zod/moderation";

const tag = "Moderation";

const timeOutSchema = z
  .object({ serverId: z.string(), userId: z.string(), timedOutUntil: z.string().nullable().describe("When the time-out ends; null once lifted.") })
  .meta({ id: "TimeOut" });

export const timeOutMemberEndpoint = endpoint(
  {
    id: "timeOutMember",
    method: "POST",
    path: "/servers/{serverId}/members/{userId}/timeout",
    tag,
    summary: "Time a member out, or lift a time-out",
    description:
      "A timed-out member keeps reading the server but cannot post or react until it ends. Moderators time out members; the owner also moderators; nobody times out the owner.",
    auth: "user",
    params: memberTargetSchema,
    body: timeOutMemberSchema.pick({ duration: true }),
    response: timeOutSchema,
    errors: ["forbidden", "not_found"],
  },
  ({ user, params, body }) => timeOutMember(user, { ...params, ...body }),
);

export const setSlowModeEndpoint = endpoint(
  {
    id: "setSlowMode",
    method: "PUT",
    path: "/channels/{channelId}/slow-mode",
    tag,
    summary: "Set a channel's slow mode (owner and moderators)",
    description: "One message per `seconds` per member (0 turns it off; the owner and moderators are exempt). A send too early is refused with 429 and Retry-After.",
    auth: "user",
    params: setSlowModeSchema.pick({ channelId: true }),
    body: setSlowModeSchema.pick({ seconds: true }),
    response: z.object({ channelId: z.string(), slowModeSeconds: z.number().int() }).meta({ id: "SlowMode" }),
    errors: ["forbidden", "not_found"],
  },
  ({ user, params, body }) => setSlowMode(user, { ...params, ...body }),
);
