import { z } from "zod";
import { id } from "@/lib/zod/fields";

export const memberTargetSchema = z.object({ serverId: id, userId: id });
export type MemberTargetInput = z.infer<typeof memberTargetSchema>;

export const setMemberRoleSchema = memberTargetSchema.extend({
  role: z.enum(["MODERATOR", "MEMBER"], { error: "Choose moderator or member" }),
});
export type SetMemberRoleInput = z.infer<typeof setMemberRoleSchema>;
